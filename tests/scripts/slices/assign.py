l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [100, 101]
print(l)
l[1:3] = []
print(l)
l[::2] = ['E'] * len(l[::2])
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
m = [0, 1, 2, 3, 4, 5]
m[::-2] = ['x', 'y', 'z']
print(m)
n = [1, 2, 3]
n[1:2] = 'abc'
print(n)
n[:] = (9, 8)
print(n)
o = [1, 2, 3, 4]
o[1:3] = o
print(o)
p = [0] * 5
p[-2:] = [7, 7, 7]
print(p)
