def repeat(n):
    def deco(f):
        def wrapper(*a, **k):
            return [f(*a, **k) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def ping(x):
    return 'ping' + str(x)
print(ping(1))
def prefix(p, sep=': '):
    def deco(f):
        def wrapper(msg):
            return p + sep + f(msg)
        return wrapper
    return deco
@prefix('LOG')
def log(m):
    return m
@prefix('ERR', sep=' ! ')
def err(m):
    return m.upper()
print(log('started'), '|', err('failed'))
def count_calls(f):
    def wrapper(*a):
        wrapper.calls += 1
        return f(*a)
    wrapper.calls = 0
    return wrapper
@count_calls
def noop():
    return None
for _ in range(4):
    noop()
print(noop.calls)
def validate(*types):
    def deco(f):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError('bad arg ' + repr(a))
            return f(*args)
        return wrapper
    return deco
@validate(int, str)
def combine(n, s):
    return s * n
print(combine(2, 'ab'))
try:
    combine('x', 'y')
except TypeError as e:
    print('TypeError:', e)
