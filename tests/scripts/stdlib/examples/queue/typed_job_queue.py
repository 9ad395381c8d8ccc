"""A generic, typed job queue in modern (3.10+) annotation style."""
from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from typing import Callable, Generic, TypeVar

T = TypeVar('T')
R = TypeVar('R')


@dataclass(order=True)
class Job(Generic[T]):
    priority: int
    payload: T = field(compare=False)
    tag: str | None = field(default=None, compare=False)


class JobQueue(Generic[T, R]):
    def __init__(self, handler: Callable[[T], R], workers: int = 2) -> None:
        self._q: queue.PriorityQueue[Job[T] | None] = queue.PriorityQueue()
        self._handler = handler
        self._results: dict[int, R] = {}
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._work, daemon=True) for _ in range(workers)]
        self._n = 0

    def submit(self, payload: T, priority: int = 0, tag: str | None = None) -> int:
        self._n += 1
        self._q.put(Job(priority, (self._n, payload), tag))  # type: ignore[arg-type]
        return self._n

    def _work(self) -> None:
        while True:
            job = self._q.get()
            try:
                if job.payload is None:
                    return
                n, payload = job.payload
                with self._lock:
                    self._results[n] = self._handler(payload)
            finally:
                self._q.task_done()

    def run(self) -> dict[int, R]:
        for t in self._threads:
            t.start()
        self._q.join()
        for _ in self._threads:
            self._q.put(Job(10 ** 9, None))
        for t in self._threads:
            t.join()
        return dict(sorted(self._results.items()))


jq: JobQueue[str, int] = JobQueue(len, workers=3)
for word, prio in [('alpha', 2), ('be', 1), ('gamma', 3), ('delta-epsilon', 0)]:
    jq.submit(word, prio, tag=word[0])
print(jq.run())
print(Job(1, 'x'), Job(1, 'x') == Job(1, 'y'), Job(0, 'a') < Job(1, 'b'))
print(int | None, str | int | None, (int | str) == (str | int), isinstance(3, int | str), isinstance(None, int | None))
