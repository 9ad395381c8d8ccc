a = bytearray(b'abc')
a.append(100)
a.extend(b'ef')
a.extend([103, 104])
a.extend(bytearray(b'i'))
print(a, len(a))
print(a.pop(), a.pop(0), a)
a.insert(0, 65)
a.insert(-1, 90)
a.insert(100, 33)
print(a)
a[0] = 66
a[-1] = 63
print(a, a[0], a[1:3])
a[1:3] = b'XYZ'
print(a)
a[::2] = bytes(len(a[::2]))
print(a)
a[2:4] = []
print(a)
del a[0]
del a[-2:]
print(a)
del a[::2]
print(a)
a.remove(0)
print(a)
a += b'++'
a += bytearray(b'--')
print(a)
c = a
c *= 2
print(a, c is a)
r = bytearray(b'xyz')
r.reverse()
print(r, r.copy(), r.copy() is r)
r.clear()
print(r, len(r))
b = bytearray(3)
for i in range(3):
    b[i] = i * 2
print(b, list(b), bytes(b))
for bad in [lambda: bytearray().pop(), lambda: bytearray(b'a').pop(5), lambda: bytearray(b'a').append(256),
            lambda: bytearray(b'a').append('x'), lambda: bytearray(b'a').remove(9), lambda: bytearray(b'ab').__setitem__(5, 1),
            lambda: bytearray(b'ab').__setitem__(0, 300), lambda: bytearray(b'abc').__setitem__(slice(None, None, 2), b'x'),
            lambda: bytearray(b'a').extend('abc'), lambda: bytearray(b'a').extend(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
x = bytearray(b'k')
try:
    {x: 1}
except TypeError as e:
    print(e)
