"""A three-stage pipeline: read -> transform -> write, one thread per stage."""
import queue
import threading
from typing import Optional

STOP: Optional[str] = None


def reader(out_q: queue.Queue) -> None:
    for line in ['alpha', 'beta', 'gamma', 'delta', 'epsilon']:
        out_q.put(line)
    out_q.put(STOP)


def transformer(in_q: queue.Queue, out_q: queue.Queue) -> None:
    while (item := in_q.get()) is not STOP:
        out_q.put(item.upper()[::-1])
    out_q.put(STOP)


def writer(in_q: queue.Queue, results: list) -> None:
    while True:
        item = in_q.get()
        if item is STOP:
            break
        results.append('{:<10}|{:^5}|'.format(item, len(item)))


q1, q2 = queue.Queue(), queue.Queue()
results: list = []
stages = [
    threading.Thread(target=reader, args=(q1,), name='reader'),
    threading.Thread(target=transformer, args=(q1, q2), name='transformer'),
    threading.Thread(target=writer, args=(q2, results), name='writer'),
]
for s in stages:
    s.start()
for s in stages:
    s.join()
print(*results, sep='\n')
