"""Decorators with functools.wraps: timing (not printed), retry, counting calls."""
import functools
import time
from typing import Callable, TypeVar, Any

F = TypeVar('F', bound=Callable[..., Any])


def my_decorator(f):
    @functools.wraps(f)
    def wrapper(*args, **kwds):
        print('Calling decorated function')
        return f(*args, **kwds)
    return wrapper


@my_decorator
def example():
    """Docstring"""
    print('Called example function')


example()
print(example.__name__, example.__doc__, example.__wrapped__.__name__)


def timer(func: F) -> F:
    @functools.wraps(func)
    def wrapper_timer(*args, **kwargs):
        start_time = time.perf_counter()
        value = func(*args, **kwargs)
        end_time = time.perf_counter()
        run_time = end_time - start_time
        assert run_time >= 0
        return value
    return wrapper_timer  # type: ignore


def count_calls(func):
    @functools.wraps(func)
    def wrapper_count_calls(*args, **kwargs):
        wrapper_count_calls.num_calls += 1
        print(f"Call {wrapper_count_calls.num_calls} of {func.__name__!r}")
        return func(*args, **kwargs)
    wrapper_count_calls.num_calls = 0
    return wrapper_count_calls


def repeat(num_times: int):
    def decorator_repeat(func):
        @functools.wraps(func)
        def wrapper_repeat(*args, **kwargs):
            for _ in range(num_times):
                value = func(*args, **kwargs)
            return value
        return wrapper_repeat
    return decorator_repeat


def retry(times: int, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **kw):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **kw)
                except exceptions as exc:
                    print(f'attempt {attempt} failed: {exc!r}')
            raise RuntimeError(f'{fn.__name__} failed after {times} attempts')
        return inner
    return deco


@timer
@count_calls
def say_whee() -> None:
    print('Whee!')


@repeat(num_times=3)
def greet(name: str) -> None:
    print(f'Hello {name}')


state = {'n': 0}


@retry(3, exceptions=(ConnectionError,))
def flaky() -> str:
    state['n'] += 1
    if state['n'] < 3:
        raise ConnectionError('timeout')
    return 'connected'


say_whee()
say_whee()
greet('World')
print(flaky())
print(say_whee.__name__, say_whee.__wrapped__.__name__, say_whee.num_calls)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def annotated(x: int) -> str:
    """doc here"""
    return str(x)


w = functools.update_wrapper(lambda *a: annotated(*a), annotated)
print(w.__name__, w.__annotations__, w.__doc__, w.__qualname__)
