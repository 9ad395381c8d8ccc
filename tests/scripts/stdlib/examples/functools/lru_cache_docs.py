"""lru_cache docs examples: fibonacci, cache_info, typed, maxsize=None."""
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(n) for n in range(16)])
print(fib.cache_info())


@lru_cache(maxsize=32)
def get_pep(num: int) -> str:
    'Retrieve text of a Python Enhancement Proposal'
    if num > 9000:
        return 'Not Found'
    return f'PEP {num:04d}'


for n in 8, 290, 308, 320, 8, 218, 320, 279, 289, 320, 9991:
    pep = get_pep(n)
    print(n, len(pep))
print(get_pep.cache_info())
get_pep.cache_clear()
print(get_pep.cache_info())
print(get_pep.__name__, get_pep.__doc__, get_pep.__wrapped__.__name__)


@lru_cache(maxsize=2, typed=True)
def square(x):
    return x * x


square(3); square(3.0); square(3)
print(square.cache_info(), square.cache_parameters())


@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(10), factorial(5), factorial(12))
print(factorial.cache_info())


@lru_cache
def plain(a, b=2):
    return a + b


print(plain(1), plain(1, b=2), plain(a=1), plain.cache_info())
try:
    plain([1])
except TypeError as e:
    print('TypeError:', e)
