"""Running median with two heaps and k-way merge of sorted 'files'."""
import heapq
from typing import List


class RunningMedian:
    def __init__(self) -> None:
        self.lo: List[int] = []   # max-heap via negation
        self.hi: List[int] = []

    def add(self, x: int) -> None:
        heapq.heappush(self.lo, -x)
        heapq.heappush(self.hi, -heapq.heappop(self.lo))
        if len(self.hi) > len(self.lo):
            heapq.heappush(self.lo, -heapq.heappop(self.hi))

    def median(self) -> float:
        if len(self.lo) > len(self.hi):
            return float(-self.lo[0])
        return (-self.lo[0] + self.hi[0]) / 2


rm = RunningMedian()
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    rm.add(x)
    print(f'{x:>3} -> median {rm.median():.1f}')

files = [[1, 4, 9], [2, 3, 10, 11], [0, 12]]
print(list(heapq.merge(*files)))
h = [(len(f), i) for i, f in enumerate(files)]
heapq.heapify(h)
print(h, heapq.heappop(h))
