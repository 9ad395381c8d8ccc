"""Thread-safe singleton (double-checked locking) and a memo cache shared by threads."""
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, Optional


class Config:
    _instance: Optional['Config'] = None
    _lock = threading.Lock()
    created = 0

    def __new__(cls) -> 'Config':
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = super().__new__(cls)
                    cls.created += 1
                    cls._instance.values = {'debug': False}
        return cls._instance


class SafeCache:
    def __init__(self) -> None:
        self._data: Dict[int, int] = {}
        self._lock = threading.RLock()
        self.misses = 0

    def get_or_compute(self, n: int) -> int:
        with self._lock:
            if n not in self._data:
                self.misses += 1
                self._data[n] = sum(i * i for i in range(n))
            return self._data[n]


barrier = threading.Barrier(8)


def make_config(_: int) -> int:
    barrier.wait()
    return id(Config())


with ThreadPoolExecutor(max_workers=8) as pool:
    ids = set(pool.map(make_config, range(8)))
print('distinct instances:', len(ids), 'created:', Config.created)
cache = SafeCache()
with ThreadPoolExecutor(max_workers=4) as pool:
    results = list(pool.map(cache.get_or_compute, [10, 20, 10, 30, 20, 10] * 5))
print(results[:6], 'misses:', cache.misses)
print(Config() is Config(), Config().values)
