def wraps_like(src):
    def apply(dst):
        dst.__name__ = src.__name__
        dst.__doc__ = src.__doc__
        return dst
    return apply
def logged(f):
    @wraps_like(f)
    def wrapper(*args, **kwargs):
        result = f(*args, **kwargs)
        print('%s%r -> %r' % (f.__name__, args, result))
        return result
    return wrapper
@logged
def power(base, exp=2):
    """Raise base to exp."""
    return base ** exp
power(3)
power(2, exp=10)
print(power.__name__, power.__doc__)
def cached_property(f):
    attr = '_cached_' + f.__name__
    def getter(self):
        if not hasattr(self, attr):
            print('computing', f.__name__)
            setattr(self, attr, f(self))
        return getattr(self, attr)
    return property(getter)
class Data:
    def __init__(self, xs):
        self.xs = xs
    @cached_property
    def total(self):
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total)
def retry(times):
    def deco(f):
        def wrapper(*a):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return f(*a)
                except ValueError as e:
                    print('attempt', attempt, 'failed:', e)
                    last = e
            raise last
        return wrapper
    return deco
state = {'n': 0}
@retry(3)
def flaky():
    state['n'] += 1
    if state['n'] < 3:
        raise ValueError('not yet')
    return 'succeeded on try %d' % state['n']
print(flaky())
@retry(2)
def always_fails():
    raise ValueError('nope')
try:
    always_fails()
except ValueError as e:
    print('gave up:', e)
