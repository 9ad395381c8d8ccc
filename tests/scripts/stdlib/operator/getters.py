import operator as op


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)


g = op.itemgetter(1)
print(g, g([10, 20, 30]), g('abc'), g({1: 'one'}))
g2 = op.itemgetter(0, -1, 'k')
print(g2)
attempt(g2, {0: 'a', -1: 'b', 'k': 'c'})
g3 = op.itemgetter(slice(1, None))
print(g3, g3([1, 2, 3]))
print(type(g).__name__, op.itemgetter)
attempt(op.itemgetter)
attempt(g)
attempt(g, [1], [2])
attempt(g, [1])
attempt(g, 5)
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))


class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


p = P('top', P('kid', P('grandkid')))
a = op.attrgetter('name')
print(a, a(p))
a2 = op.attrgetter('child.name', 'name', 'child.child.name')
print(a2, a2(p))
print(type(a).__name__, op.attrgetter)
attempt(op.attrgetter)
attempt(op.attrgetter, 1)
attempt(op.attrgetter, 'name', 2)
attempt(a)
attempt(a, p, p)
attempt(op.attrgetter('missing'), p)
attempt(op.attrgetter('child.missing'), p)
attempt(op.attrgetter('real.imag'), 5)

m = op.methodcaller('upper')
print(m, m('abc'))
m2 = op.methodcaller('split', ',', maxsplit=1)
print(m2, m2('a,b,c'))
m3 = op.methodcaller('replace', 'a', 'b')
print(m3, m3('banana'))
print(type(m).__name__, op.methodcaller)
attempt(op.methodcaller)
attempt(op.methodcaller, 1)
attempt(m)
attempt(m, 'a', 'b')
attempt(op.methodcaller('nope'), 'x')
attempt(op.methodcaller('count', 'a'), 'banana')
print(op.methodcaller('f', name=1, self=2))
