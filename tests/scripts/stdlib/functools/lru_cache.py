import functools
from functools import lru_cache, cache


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)


calls = []


@lru_cache
def square(x):
    calls.append(x)
    return x * x


print(square.cache_info(), square.cache_parameters(), type(square.cache_info()))
print(square(2), square(2), square(3), calls)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square(2), calls, square.cache_info())
print(square.__name__, square.__wrapped__(5), square.__module__)
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), info == (0, 1, 128, 1), len(info))
print(info._fields, info._asdict())
h, m, mx, cur = info
print(h, m, mx, cur)


@lru_cache(maxsize=3)
def ident(x):
    calls.append(x)
    return x


calls.clear()
for i in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 2]:
    ident(i)
print(calls, ident.cache_info())


@lru_cache(maxsize=2)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())


@lru_cache(maxsize=None)
def fib2(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)


print(fib2(100), fib2.cache_info(), fib2.cache_parameters())


@cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(20), fact.cache_info(), fact.cache_parameters())


@lru_cache(maxsize=0)
def nocache(x):
    calls.append(('nocache', x))
    return x


calls.clear()
print(nocache(1), nocache(1), calls, nocache.cache_info())
print(lru_cache(maxsize=-5)(len).cache_info(), lru_cache(None)(len).cache_parameters(), lru_cache(3, True)(len).cache_parameters())


@lru_cache(typed=True)
def typed(x):
    calls.append(x)
    return repr(x)


calls.clear()
print(typed(1), typed(1.0), typed(True), typed(1), calls, typed.cache_info())


@lru_cache()
def untyped(x):
    calls.append(x)
    return repr(x)


calls.clear()
print(untyped(1), untyped(1.0), untyped(True), calls, untyped.cache_info())


@lru_cache()
def kw(a, b=0, **rest):
    calls.append((a, b, rest))
    return a + b


calls.clear()
print(kw(1), kw(1), kw(a=1), kw(1, 0), kw(1, b=0), kw(b=0, a=1), kw(a=1, b=0), kw(1, c=2))
print(calls, kw.cache_info())

attempt(lambda: lru_cache('x'))
attempt(lambda: lru_cache(maxsize='x'))
attempt(lambda: lru_cache(len, typed=1))
attempt(lambda: square([1]))
attempt(lambda: kw())


class Thing:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=10)
    def times(self, k):
        calls.append((self.n, k))
        return self.n * k

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self.n == other.n


calls.clear()
a, b = Thing(2), Thing(3)
print(a.times(5), a.times(5), b.times(5), Thing.times(a, 5), calls, Thing.times.cache_info(), a.times.cache_info().hits)


@lru_cache(maxsize=4)
def failing(x):
    calls.append(x)
    raise ValueError(x)


calls.clear()
attempt(lambda: failing(1))
attempt(lambda: failing(1))
print(calls, failing.cache_info())
