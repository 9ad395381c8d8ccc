"""Top-k patterns from Stack Overflow: negation for max-heaps, Counter + heapq, streaming top-k."""
import heapq
import random
from collections import Counter
from typing import Iterable, List, Tuple


def top_k_frequent(words: Iterable[str], k: int) -> List[Tuple[str, int]]:
    counts = Counter(words)
    return heapq.nlargest(k, counts.items(), key=lambda kv: (kv[1], kv[0]))


def stream_top_k(stream: Iterable[int], k: int) -> List[int]:
    heap: List[int] = []
    for x in stream:
        if len(heap) < k:
            heapq.heappush(heap, x)
        elif x > heap[0]:
            heapq.heapreplace(heap, x)
    return sorted(heap, reverse=True)


text = 'a rose is a rose is a rose but a daisy is not a rose'
print(top_k_frequent(text.split(), 3))
random.seed(99)
data = [random.randrange(1000) for _ in range(200)]
print(stream_top_k(data, 5) == sorted(data, reverse=True)[:5], stream_top_k(data, 5))
max_heap = [-x for x in [5, 1, 8, 3]]
heapq.heapify(max_heap)
print([-heapq.heappop(max_heap) for _ in range(len(max_heap))])
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (0, 'q')]
heapq.heapify(pairs)
print(pairs[0], heapq.nsmallest(2, pairs))
m = [(-score, name) for name, score in {'ann': 90, 'bob': 85, 'cid': 90}.items()]
heapq.heapify(m)
while m:
    s, name = heapq.heappop(m)
    print(name, -s)
