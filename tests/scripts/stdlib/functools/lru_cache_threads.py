# lru_cache hammered by 8 threads: the statistics stay consistent (every
# call is one hit or one miss) and every key's value is right. Run with the
# GIL on and off.
import threading
from functools import lru_cache

THREADS = 8
CALLS = 3000
computed = []
computed_lock = threading.Lock()


@lru_cache(maxsize=32)
def bounded(n):
    return n * n + 1


@lru_cache(maxsize=None)
def unbounded(n):
    with computed_lock:
        computed.append(n)
    return -n


@lru_cache(maxsize=64)
def recursive(n):
    return n if n < 2 else recursive(n - 1) + recursive(n - 2)


errors = []
barrier = threading.Barrier(THREADS)


def worker(seed):
    barrier.wait()
    x = seed
    for i in range(CALLS):
        x = (x * 1103515245 + 12345) % 2147483648
        key = x % 100
        if bounded(key) != key * key + 1:
            errors.append(('bounded', key))
        if unbounded(key % 50) != -(key % 50):
            errors.append(('unbounded', key))
        if i % 100 == 0:
            n = key % 60
            if recursive(n) != FIB[n]:
                errors.append(('recursive', n))


FIB = [0, 1]
while len(FIB) < 60:
    FIB.append(FIB[-1] + FIB[-2])

threads = [threading.Thread(target=worker, args=(s,)) for s in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

info = bounded.cache_info()
print('errors', errors)
print('bounded calls', info.hits + info.misses == THREADS * CALLS, info.currsize <= 32, info.maxsize)
info = unbounded.cache_info()
print('unbounded calls', info.hits + info.misses == THREADS * CALLS, info.currsize)
# A key may be computed by two threads at once, but it is stored once.
print('unbounded computed each key', sorted(set(computed)) == list(range(50)), info.misses == len(computed))
info = recursive.cache_info()
print('recursive currsize', info.currsize <= 64)
bounded.cache_clear()
print(bounded.cache_info())
