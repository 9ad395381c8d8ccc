def apply(f, *args):
    return f(*args)
def double(x):
    return x * 2
print(apply(double, 21), apply(max, 3, 9, 4))
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
for name in ops:
    print(name, ops[name](6, 7))
fns = [double, str, len]
print([f('ab') for f in fns])
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
c(); c()
print(c())
print(callable(double), callable(5), callable(lambda: 0), callable(int))
double.attr = 'custom'
print(double.attr)
def doc():
    """This is a docstring."""
    return 1
print(doc.__doc__)
print(double.__name__, (lambda: 0).__name__)
alias = double
print(alias is double, alias(5))
def outer():
    def inner():
        return 'inner result'
    return inner
print(outer()())
