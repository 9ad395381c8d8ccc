l = list(range(10))
del l[2:4]
print(l)
del l[::3]
print(l)
del l[-1]
print(l)
del l[::-2]
print(l)
del l[:]
print(l)
m = list(range(8))
del m[5:1:-1]
print(m)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
x = 5
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
a, b = [1, 2], [3]
del a[0], b[0]
print(a, b)
