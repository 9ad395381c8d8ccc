# The native lru_cache wrapper under 6 threads, GIL on and off: keys whose
# __eq__ is Python code (the lookup lets the cache's lock go to run it), a
# small bounded cache evicting all the time, and a thread clearing the
# caches meanwhile. Every result must be right and nothing may crash.
import threading
from functools import lru_cache

THREADS = 6
CALLS = 1500


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 7

    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n


@lru_cache(maxsize=8)
def small(key, extra=0):
    return key.n * 3 + extra


@lru_cache(maxsize=None, typed=True)
def unbounded(a, b):
    return (a, b)


errors = []
stop = threading.Event()
barrier = threading.Barrier(THREADS + 1)


def worker(seed):
    barrier.wait()
    x = seed
    for i in range(CALLS):
        x = (x * 1103515245 + 12345) % 2147483648
        n = x % 40
        if small(Key(n)) != n * 3:
            errors.append(('small', n))
        if small(Key(n), extra=i % 3) != n * 3 + i % 3:
            errors.append(('small kw', n))
        if unbounded(n, float(n)) != (n, float(n)):
            errors.append(('unbounded', n))


def clearer():
    barrier.wait()
    while not stop.is_set():
        small.cache_clear()
        unbounded.cache_clear()
        small.cache_info()


threads = [threading.Thread(target=worker, args=(s,)) for s in range(THREADS)]
c = threading.Thread(target=clearer)
for t in threads + [c]:
    t.start()
for t in threads:
    t.join()
stop.set()
c.join()
print('errors', errors)
info = small.cache_info()
print('small currsize', info.currsize <= 8, info.maxsize)
small.cache_clear()
print(small(Key(5)), small(Key(5)), small(Key(12), extra=1), small.cache_info())
