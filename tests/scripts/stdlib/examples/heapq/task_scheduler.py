"""A task scheduler with dataclass(order=True) items in a heap."""
import heapq
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    payload: Any = field(default=None, compare=False)


class Scheduler:
    def __init__(self) -> None:
        self._heap: list = []
        self._seq = 0

    def push(self, name: str, priority: int, payload=None) -> None:
        heapq.heappush(self._heap, Task(priority, self._seq, name, payload))
        self._seq += 1

    def pop(self) -> Task:
        return heapq.heappop(self._heap)

    def __len__(self) -> int:
        return len(self._heap)


s = Scheduler()
s.push('email', 2)
s.push('backup', 1, {'disk': 'sda'})
s.push('report', 2)
s.push('alert', 0)
while s:
    t = s.pop()
    print(t.priority, t.name, t.payload)
print(Task(1, 0, 'x'))
