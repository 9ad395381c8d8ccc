a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c)
print(2 in a, 5 in a, 5 not in a)
print('ell' in 'hello', 'xyz' in 'hello', '' in 'abc')
print('k' in {'k': 1}, 1 in {'k': 1})
print(3 in (1, 2, 3), 3 in {3, 4})
print(None is None, [] is [])
print(3 in range(5), 7 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
x = None
print(x is None, x is not None)
print(id(a) == id(b), id(a) == id(c))
