# sorted-output
"""PriorityQueue feeding several workers; tuples (priority, seq, job)."""
import itertools
import queue
import threading

jobs: "queue.PriorityQueue[tuple[int, int, str]]" = queue.PriorityQueue()
seq = itertools.count()
print_lock = threading.Lock()
for prio, name in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'urgent-2'), (5, 'idle')]:
    jobs.put((prio, next(seq), name))
for _ in range(2):
    jobs.put((99, next(seq), 'STOP'))


def worker(wid: int) -> None:
    while True:
        prio, n, name = jobs.get()
        if name == 'STOP':
            jobs.task_done()
            return
        with print_lock:
            print(f'job {name} (priority {prio})')
        jobs.task_done()


ws = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for w in ws:
    w.start()
jobs.join()
for w in ws:
    w.join()
print('done, queue size', jobs.qsize())
