"""Module-level annotations are evaluated: standard containers must be generic."""
import collections
import queue
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import NamedTuple


class Pair(NamedTuple):
    key: str
    value: int


counts: collections.Counter[str] = collections.Counter('mississippi')
recent: collections.deque[int] = collections.deque(maxlen=3)
index: collections.defaultdict[str, list[int]] = collections.defaultdict(list)
ordered: collections.OrderedDict[str, int] = collections.OrderedDict()
chain: collections.ChainMap[str, int] = collections.ChainMap({'a': 1}, {'b': 2})
jobs: queue.Queue[Pair] = queue.Queue()
pending: list[Future[int]] = []

for i, ch in enumerate('mississippi'):
    recent.append(i)
    index[ch].append(i)
    ordered.setdefault(ch, i)
    jobs.put(Pair(ch, i))
print(counts.most_common(2), recent, dict(index), ordered, chain['b'], jobs.qsize())
with ThreadPoolExecutor(max_workers=2) as ex:
    while not jobs.empty():
        p = jobs.get()
        pending.append(ex.submit(lambda q: q.value * 2, p))
print([f.result() for f in pending])
print(collections.Counter[str], collections.deque[int], queue.Queue[Pair], Future[int], Pair[int] if False else Pair)
print(__annotations__['counts'], __annotations__['pending'])
lock_holder: dict[str, threading.Lock] = {'main': threading.Lock()}
print(list(lock_holder))
