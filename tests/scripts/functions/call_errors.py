def f(a, b):
    return a + b
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, c=5),
    lambda: f(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)
def k(*, x):
    return x
try:
    k(1)
except TypeError as e:
    print('TypeError:', e)
try:
    k()
except TypeError as e:
    print('TypeError:', e)
try:
    n = None
    n()
except TypeError as e:
    print('TypeError:', e)
try:
    s = 'str'
    s(1)
except TypeError as e:
    print('TypeError:', e)
