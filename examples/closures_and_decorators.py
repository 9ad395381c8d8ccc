# closures_and_decorators.py - functions that remember, and functions that wrap.
#
# Shows: nested functions, closures over local variables, nonlocal, functions
# as values, *args/**kwargs, and decorators (with and without arguments),
# including a timing decorator built on time.perf_counter. Times vary from
# run to run, so the output only says how many calls were timed and whether
# each took at least the time it slept.
import time


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def timed(function):
    """Record how long every call takes in wrapper.timings."""

    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            wrapper.timings.append(time.perf_counter() - t0)

    wrapper.timings = []
    wrapper.__name__ = function.__name__
    return wrapper


def repeat(times):
    """A decorator with an argument: call the function `times` times."""

    def decorator(function):
        def wrapper(*args):
            return [function(*args) for _ in range(times)]

        return wrapper

    return decorator


@timed
def slow_add(a, b, delay=0.05):
    time.sleep(delay)
    return a + b


@repeat(3)
def greet(name):
    return "hello " + name


def main():
    counter = make_counter()
    other = make_counter(100)
    print("counter:", counter(), counter(), counter(5))
    print("other counter is separate:", other())

    adders = [lambda x, n=n: x + n for n in range(3)]
    print("adders:", [add(10) for add in adders])

    print("slow_add:", slow_add(1, 2), slow_add(3, 4, delay=0.02))
    print("name kept:", slow_add.__name__)
    print("timed calls:", len(slow_add.timings))
    print("first call took at least 0.05 s:", slow_add.timings[0] >= 0.05)

    print(greet("gil"))


main()
