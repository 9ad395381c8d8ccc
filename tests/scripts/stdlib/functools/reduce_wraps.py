import functools
from functools import reduce, wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)


print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]), reduce(lambda a, b: a + b, [], 5), reduce(lambda a, b: a + b, [1, 2, 3], 10))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + [b], 'abc', []))
print(reduce(lambda a, b: a + b, ['x']), reduce(lambda a, b: 1 / 0, [7]), reduce(lambda a, b: b, iter([1, 2])))
attempt(lambda: reduce(lambda a, b: a + b, []))
attempt(lambda: reduce(lambda a, b: a + b, iter([])))
attempt(lambda: reduce(1, [1, 2]))
attempt(lambda: reduce(lambda a, b: a, 1))
attempt(lambda: reduce())
attempt(lambda: reduce(len))
attempt(lambda: reduce(len, [], 1, 2))
attempt(lambda: reduce(lambda a, b: a, [], initial=1))
attempt(lambda: reduce(lambda a, b: a / b, [1, 0]))

print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)


def decorator(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return ('wrapped', func(*args, **kwargs))
    return wrapper


@decorator
def greet(name: str) -> str:
    """Say hello."""
    return 'hello ' + name


greet.extra = 1
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__, greet.__annotations__)
print(greet('bob'), greet.__wrapped__('amy'), greet.__wrapped__.__name__)


def original():
    pass


original.tag = 'copied'
original.__wrapped__ = 'inner'


def shell():
    pass


result = update_wrapper(shell, original)
print(result is shell, shell.__name__, shell.tag, shell.__wrapped__ is original)


def shell2():
    pass


update_wrapper(shell2, original, assigned=('__doc__',), updated=())
print(shell2.__name__, shell2.__doc__, hasattr(shell2, 'tag'), shell2.__wrapped__ is original)


class NoName:
    def __call__(self):
        return 'called'


def shell3():
    pass


update_wrapper(shell3, NoName())
print(shell3.__name__, shell3.__wrapped__())

w = wraps(original)
print(type(w).__name__, w.func is update_wrapper, sorted(w.keywords))
