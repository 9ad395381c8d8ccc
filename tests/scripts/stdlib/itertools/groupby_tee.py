import copy
from itertools import groupby, tee, islice

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')], list(groupby([])))
print([(k, list(g)) for k, g in groupby('aAbBc', key=str.lower)])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3], lambda x: x % 2)])
print([(k, list(g)) for k, g in groupby(iterable=[1, 2, 4], key=lambda x: x > 1)])
g = groupby('aabbbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(type(g).__name__, type(g1).__name__)
g = groupby('aabbc')
k, grp = next(g)
print(k, next(grp))
k, grp2 = next(g)
print(k, list(grp), list(grp2))
print([(k, list(v)) for k, v in groupby('xxy')])
try:
    next(groupby([]))
except StopIteration:
    print('StopIteration')


def noisy(items):
    for x in items:
        print('  yields %r' % (x,))
        yield x


gb = groupby(noisy([1, 1, 2]))
print('made groupby')
k, grp = next(gb)
print('key', k)
print(next(grp))
print(next(grp))
print('next group')
k, grp = next(gb)
print('key', k, list(grp))

a, b = tee([1, 2, 3])
print(type(a).__name__, list(a), list(b))
a, b, c = tee(noisy('xyz'), 3)
print('made tee')
print(next(a), next(a))
print(next(b), next(c))
print(list(a), list(b), list(c))
print(tee([]), tee('ab', 0), len(tee('ab', 5)))
a, b = tee(iter(range(5)))
print(next(a), next(a))
c, d = tee(a)
print(c is a, list(c), list(d), list(b))
a = tee('abc', 1)[0]
e = copy.copy(a)
print(next(a), next(e), list(a), list(e))
src = iter(range(4))
a, b = tee(src)
print(next(a), next(src), next(b), list(b), list(a))
x, y = tee(islice('abcdef', 4))
print(list(islice(x, 2)), list(y), list(x))
print(iter(x) is x)
