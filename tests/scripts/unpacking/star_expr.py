a = [1, 2]
b = (3, 4)
print([*a, *b])
print((*a, 5))
print({*a, *b})
print([*'ab', *range(3)])
d1 = {'x': 1}
d2 = {'y': 2, 'x': 10}
print({**d1, **d2})
print({**d2, 'z': 3, **d1})
print(*a, *b)
print(*[], sep=',')
print(*'abc', sep='-')
x = *a, *b
print(x)
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, 0, *b, k=1, **d1))
print(f(**{'a': 1}, b=2))
