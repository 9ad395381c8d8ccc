a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = a[:]
c.append(5)
print(a, c)
def modify(lst):
    lst.append('m')
    lst = ['new']
    return lst
r = modify(a)
print(a, r)
m = [[1], [2]]
shallow = list(m)
shallow[0].append(10)
shallow.append([3])
print(m, shallow)
x = y = []
x.append(1)
print(y)
l = [1, 2, 3]
l.append(l)
print(l)
print(len(l[3]))
