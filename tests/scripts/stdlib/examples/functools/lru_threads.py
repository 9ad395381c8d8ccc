"""lru_cache used from a thread pool: hits and misses add up."""
from functools import lru_cache
from concurrent.futures import ThreadPoolExecutor


@lru_cache(maxsize=128)
def slow_square(n: int) -> int:
    return n * n


with ThreadPoolExecutor(max_workers=4) as ex:
    first = list(ex.map(slow_square, range(20)))
info = slow_square.cache_info()
print(first)
print(info.currsize, info.maxsize)
print(sum(slow_square(i) for i in range(20)), slow_square.cache_info().hits >= 20)
