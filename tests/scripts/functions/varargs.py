def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
def g(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
print(g(1, c=3))
print(g(1, 2, 3, 4, c=5, e=6, f=7))
print(g(*[1, 2, 3], **{'c': 'C', 'z': 'Z'}))
def kwonly(*, x, y=0):
    return x + y
print(kwonly(x=1), kwonly(y=5, x=1))
def kw(**kwargs):
    return sorted(kwargs.items())
print(kw(), kw(b=1, a=2))
def summer(*nums, start=0):
    total = start
    for n in nums:
        total += n
    return total
print(summer(1, 2, 3), summer(1, 2, start=100))
args = (1, 2)
kwargs = {'c': 3}
def h(a, b, c):
    return a * 100 + b * 10 + c
print(h(*args, **kwargs), h(*'123'[:0], 1, 2, 3), h(1, *(2, 3)))
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, 3), posonly(1, 2, c=3))
def pass_through(*a, **k):
    return h(*a, **k)
print(pass_through(4, c=6, b=5))
