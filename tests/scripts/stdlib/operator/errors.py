import operator as op


def attempt(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)


attempt(op.index, 1.5)
attempt(op.index, 'x')
attempt(op.concat, 1, 2)
attempt(op.concat, {}, {})
attempt(op.iconcat, 1, [])
attempt(op.concat, [1], (2,))
attempt(op.indexOf, [1], 2)
attempt(op.indexOf, 5, 2)
attempt(op.countOf, 1, 1)
attempt(op.add, 1, 'a')
attempt(op.truediv, 1, 0)
attempt(op.floordiv, 1, 0)
attempt(op.mod, 1, 0)
attempt(op.neg, 'a')
attempt(op.getitem, [1], 5)
attempt(op.getitem, {}, 'k')
attempt(op.delitem, {}, 'k')
attempt(op.lt, 1, 'a')
attempt(op.length_hint, 1, 'a')
attempt(op.length_hint, [1, 2, 3])
attempt(op.length_hint, 5)
attempt(op.length_hint, 5, 9)


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


attempt(op.length_hint, Hint(4))
attempt(op.length_hint, Hint('x'))
attempt(op.length_hint, Hint(-1))
attempt(op.length_hint, Hint(NotImplemented), 7)


class BadLen:
    def __len__(self):
        return 'x'


attempt(op.length_hint, BadLen(), 3)
