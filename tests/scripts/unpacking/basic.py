a, b, c = 1, 2, 3
print(a, b, c)
(a, b), c = (10, 20), 30
print(a, b, c)
[x, y] = [5, 6]
print(x, y)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
a, *b = [1]
print(a, b)
(p, q), [r, *s] = 'pq', (1, 2, 3)
print(p, q, r, s)
for i, (k, v) in enumerate({'x': 1, 'y': 2}.items()):
    print(i, k, v)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
m = n = 7
print(m, n)
lst = [0, 0]
lst[0], lst[1] = 'L', 'R'
print(lst)
class O: pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
d = {}
d['k1'], d['k2'] = 'v1', 'v2'
print(d)
