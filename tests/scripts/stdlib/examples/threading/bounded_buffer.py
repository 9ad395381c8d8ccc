"""A bounded buffer built on Condition with notify_all, the OS-course classic."""
import threading
from typing import Any, List


class BoundedBuffer:
    """Fixed-capacity FIFO; put blocks when full, get blocks when empty."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.items: List[Any] = []
        self.cond = threading.Condition()
        self.max_seen = 0

    def put(self, item: Any) -> None:
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.max_seen = max(self.max_seen, len(self.items))
            self.cond.notify_all()

    def get(self) -> Any:
        with self.cond:
            while not self.items:
                self.cond.wait()
            item = self.items.pop(0)
            self.cond.notify_all()
            return item


buf = BoundedBuffer(3)
received: List[int] = []
N_PRODUCERS, PER = 3, 20


def producer(pid: int) -> None:
    for i in range(PER):
        buf.put(pid * 100 + i)


def consumer() -> None:
    for _ in range(N_PRODUCERS * PER // 2):
        received.append(buf.get())


ts = [threading.Thread(target=producer, args=(p,)) for p in range(N_PRODUCERS)]
ts += [threading.Thread(target=consumer) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('received', len(received), 'items; max buffered', buf.max_seen, '<=', buf.capacity)
for p in range(N_PRODUCERS):
    mine = [x for x in received if x // 100 == p]
    print(f'producer {p}: {len(mine)} items, first={min(mine)}, last={max(mine)}')
print('buffer empty:', buf.items == [])
