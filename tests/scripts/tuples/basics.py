t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3])
print(t.count(2), t.index(3))
print(t + (4,), t * 2, (0,) * 3)
print(2 in t, 9 in t)
print(tuple([1, 2]), tuple('ab'), tuple(), tuple(range(3)))
e = ()
s = (5,)
print(e, s, type(s).__name__, len(e))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2))
print(min((3, 1, 2)), max((3, 1, 2)), sum((1, 2, 3)))
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print(hash((1, 2)) == hash((1, 2)))
d = {(1, 2): 'pair'}
print(d[(1, 2)], d[1, 2])
x = 1, 2, 3
print(x)
a, b = b, a = 1, 2
print(a, b)
print(tuple(x * 2 for x in t))
print(sorted((3, 1, 2)), list(reversed(t)))
print(((1, 2), (3, 4))[1][0])
