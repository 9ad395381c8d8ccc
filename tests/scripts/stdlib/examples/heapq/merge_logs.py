"""Merging time-sorted log streams with heapq.merge and a key (ops-blog style)."""
import heapq
from typing import Iterator, List, Tuple

web = ['08:00:01 web GET /', '08:00:05 web GET /login', '08:01:10 web POST /login']
db = ['08:00:02 db connect', '08:00:06 db query users', '08:02:00 db close']
cache = ['07:59:59 cache warm', '08:00:05 cache hit /login']


def parse(lines: List[str]) -> Iterator[Tuple[str, str, str]]:
    for line in lines:
        ts, src, msg = line.split(' ', 2)
        yield ts, src, msg


for ts, src, msg in heapq.merge(parse(web), parse(db), parse(cache), key=lambda r: r[0]):
    print(f'[{ts}] {src:<5} {msg}')
latest = heapq.nlargest(2, heapq.merge(web, db, cache))
print(latest)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
