"""Producer/consumer with a sentinel, as in countless tutorials."""
import queue
import threading
import random
from typing import List

SENTINEL = object()


def producer(q: queue.Queue, n: int) -> None:
    random.seed(42)
    for i in range(n):
        item = random.randint(1, 100)
        q.put(item)
    q.put(SENTINEL)


def consumer(q: queue.Queue, out: List[int]) -> None:
    while True:
        item = q.get()
        if item is SENTINEL:
            q.task_done()
            break
        out.append(item * 2)
        q.task_done()


if __name__ == '__main__':
    q: queue.Queue = queue.Queue(maxsize=3)
    results: List[int] = []
    threads = [threading.Thread(target=producer, args=(q, 10)),
               threading.Thread(target=consumer, args=(q, results))]
    for t in threads:
        t.start()
    q.join()
    for t in threads:
        t.join()
    print('results:', results)
    print('empty:', q.empty(), 'size:', q.qsize())
