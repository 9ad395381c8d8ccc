import functools
from functools import partial, partialmethod


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)


def f(a, b=2, *c, **k):
    return (a, b, c, k)


p = partial(f, 1)
print(p, p.func is f, p.args, p.keywords, p(), p(5, x=1))
p2 = partial(p, 3, y=4)
print(p2, p2.func is f, p2.args, p2.keywords, p2(9, z=0))
p3 = partial(f, x=1)
print(p3, partial(f), p3(0, x=2), p3.keywords)
print(partial(p3, x=2).keywords, partial(p3, x=2)(7))
print(type(p), type(p).__name__, partial.__module__, callable(p))
print(partial(len, 'ab'), partial(len, 'ab')(), partial(max, key=len)('a', 'bbb', 'cc'))
p.attr = 5
print(p.attr, 'attr' in p.__dict__)
# a partial with attributes of its own is not flattened
p4 = partial(p, 2)
print(p4.func is p, p4.args, p4())
attempt(lambda: partial())
attempt(lambda: partial(1))
attempt(lambda: partial(func=f))
attempt(lambda: setattr(p, 'func', len))
attempt(lambda: setattr(p, 'args', ()))
attempt(lambda: setattr(p, 'keywords', {}))
attempt(lambda: partial(f)(b=1))


class P(partial):
    pass


sub = P(f, 1)
print(sub, type(P(sub, 2)).__name__, P(sub, 2).func is f, P(sub, 2)())
q = partial(sorted, reverse=True)
print(q([3, 1, 2]), q([3, 1, 2], reverse=False), q.keywords)


class Cell:
    def __init__(self):
        self.state = False

    def set_state(self, state):
        self.state = state

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

    def describe(self, *args, **kw):
        return (args, kw)

    both = partialmethod(describe, 1, key='v')
    more = partialmethod(both, 2)


c = Cell()
print(c.state)
c.set_alive()
print(c.state)
c.set_dead()
print(c.state, c.both(), c.both(3, key='w', other=0), c.more())
print(Cell.both(c, 9))
print(repr(Cell.__dict__['both']).startswith('functools.partialmethod(<function Cell.describe at '))
print(Cell.__dict__['more'].args, Cell.__dict__['more'].keywords, Cell.__dict__['more'].func is Cell.describe)
attempt(lambda: partialmethod(1))
