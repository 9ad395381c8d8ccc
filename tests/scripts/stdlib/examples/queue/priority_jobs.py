"""PriorityQueue with a comparable Job class (PyMOTW)."""
import functools
import queue
import threading
from dataclasses import dataclass, field
from typing import Any


@functools.total_ordering
class Job:

    def __init__(self, priority: int, description: str) -> None:
        self.priority = priority
        self.description = description
        print('New job:', description)

    def __eq__(self, other):
        try:
            return self.priority == other.priority
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        try:
            return self.priority < other.priority
        except AttributeError:
            return NotImplemented


@dataclass(order=True)
class PrioritizedItem:
    priority: int
    item: Any = field(compare=False)


q = queue.PriorityQueue()
q.put(Job(3, 'Mid-level job'))
q.put(Job(10, 'Low-level job'))
q.put(Job(1, 'Important job'))

processed = []
def process_job(q: queue.PriorityQueue) -> None:
    while True:
        try:
            next_job = q.get(timeout=0.2)
        except queue.Empty:
            return
        processed.append(next_job.description)
        q.task_done()

w = threading.Thread(target=process_job, args=(q,))
w.start()
w.join()
for d in processed:
    print('Processing job:', d)

pq = queue.PriorityQueue()
for p, name in [(5, 'write code'), (1, 'fix bug'), (3, 'review'), (1, 'coffee')]:
    pq.put(PrioritizedItem(p, name))
while not pq.empty():
    it = pq.get()
    print(f'{it.priority:>2} {it.item}')
pq.put((2, 'b')); pq.put((1, 'a'))
print(pq.get_nowait(), pq.queue)
