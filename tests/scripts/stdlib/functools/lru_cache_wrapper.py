# lru_cache's wrapper type (a C type in CPython): keys, eviction order,
# binding as a method, update_wrapper's attributes, errors.
import functools
from functools import lru_cache, cache, update_wrapper, wraps

calls = []


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)


@lru_cache(maxsize=4)
def square(x):
    calls.append(x)
    return x * x


print(type(square).__name__, type(square).__qualname__, type(square).__module__)
print(repr(square).startswith('<functools._lru_cache_wrapper object at 0x'))
print(isinstance(square, functools._lru_cache_wrapper), callable(square))
for i in [1, 2, 1, 1, 3]:
    square(i)
print(square.cache_info(), calls)

# Eviction: least recently used goes first, and a hit refreshes.
calls.clear()
square.cache_clear()
for i in [1, 2, 3, 4, 1, 5, 2, 1, 6, 3, 4]:
    square(i)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info())


# typed=True keeps 1, 1.0 and True apart; typed=False does not.
@lru_cache(typed=True)
def typed_id(x):
    calls.append(('t', x))
    return repr(x)


@lru_cache()
def untyped_id(x):
    calls.append(('u', x))
    return repr(x)


calls.clear()
print(typed_id(1), typed_id(1.0), typed_id(True), typed_id(1))
print(untyped_id(1), untyped_id(1.0), untyped_id(True), untyped_id(1))
print(calls, typed_id.cache_info(), untyped_id.cache_info())
print(typed_id.cache_parameters(), untyped_id.cache_parameters())


# Keyword arguments: their order matters to the key.
@lru_cache(maxsize=None)
def kw(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + 10 * b + 100 * c


calls.clear()
print(kw(1, 2), kw(1, b=2), kw(b=2, a=1), kw(a=1, b=2), kw(1, 2, c=3), kw(1, c=3, b=2), kw(1, 2, c=3))
print(calls, kw.cache_info())


# Methods, classmethods, staticmethods.
class Grid:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def paths(self, i, j):
        if i == 0 or j == 0:
            return 1
        return self.paths(i - 1, j) + self.paths(i, j - 1)

    @classmethod
    @lru_cache
    def kind(cls, x):
        calls.append((cls.__name__, x))
        return cls.__name__ + str(x)

    @staticmethod
    @lru_cache
    def double(x):
        calls.append(('double', x))
        return 2 * x

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, Grid) and other.n == self.n


class SubGrid(Grid):
    pass


g = Grid(3)
calls.clear()
print(g.paths(8, 8), Grid.paths.cache_info(), Grid(3).paths(8, 8), Grid.paths.cache_info())
print(Grid.kind(1), Grid.kind(1), SubGrid.kind(1), g.kind(2), calls, Grid.kind.cache_info())
print(Grid.double(4), g.double(4), Grid.double.cache_info())
m = g.paths
print(type(m).__name__, m.__self__ is g, m.__func__ is Grid.__dict__['paths'], m(2, 2))
print(Grid.__dict__['paths'].__get__(None, Grid) is Grid.__dict__['paths'])
print(Grid.__dict__['paths'].__get__(g, Grid)(3, 3))


# update_wrapper's attributes live in the wrapper's __dict__.
def documented(a, b):
    """Adds two things."""
    return a + b


documented.extra = 'kept'
documented.__qualname__ = 'somewhere.documented'
wrapped = lru_cache(documented)
print(wrapped.__name__, wrapped.__qualname__, wrapped.__doc__, wrapped.__module__)
print(wrapped.__wrapped__ is documented, wrapped.extra, sorted(wrapped.__dict__))
wrapped.note = 1
print(wrapped.note, wrapped.__dict__['note'])
del wrapped.note
attempt(lambda: wrapped.note)
print(wrapped(1, 2), wraps(wrapped)(lambda: 0).__wrapped__ is wrapped)
plain = functools._lru_cache_wrapper(len, 2, False, functools._CacheInfo)
print(plain('abc'), plain.cache_info(), sorted(plain.__dict__))
attempt(lambda: plain.cache_parameters())


# Recursion into the cached function, and exceptions (not cached).
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(200), fib.cache_info())


@lru_cache(maxsize=2)
def fragile(x):
    calls.append(('fragile', x))
    if x < 0:
        raise ValueError('negative: %d' % x)
    return x


calls.clear()
attempt(lambda: fragile(-1))
attempt(lambda: fragile(-1))
attempt(lambda: fragile(5))
print(calls, fragile.cache_info())

# Unhashable arguments.
attempt(lambda: square([1, 2]))
attempt(lambda: kw(1, b={}))
attempt(lambda: typed_id({1}))
print(square.cache_info())

# maxsize=0: nothing is kept, calls still count.
nothing = lru_cache(maxsize=0)(lambda x: x + 1)
print(nothing(1), nothing(1), nothing.cache_info())
attempt(lambda: nothing([]))

# The wrapper's own argument checks.
attempt(lambda: functools._lru_cache_wrapper(3, 1, False, functools._CacheInfo))
attempt(lambda: functools._lru_cache_wrapper(len, 'x', False, functools._CacheInfo))
attempt(lambda: lru_cache('x'))

# Copies of a cached function are the function itself.
import copy
print(copy.copy(square) is square, copy.deepcopy(square) is square, copy.deepcopy([square])[0] is square)
