square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: 'no args')())
print((lambda *a, **k: (a, k))(1, 2, z=3))
fns = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in fns])
print(sorted(['ccc', 'a', 'bb'], key=lambda s: len(s)))
print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(square, lambda x: x + 1)
print(inc_then_sq(4))
print(square.__name__)
make_adder = lambda n: lambda x: x + n
print(make_adder(5)(10))
