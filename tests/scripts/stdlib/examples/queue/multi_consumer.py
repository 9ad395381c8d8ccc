"""Several consumers, one None sentinel per consumer; results gathered in a result queue."""
import queue
import threading
import time

NUM_WORKERS = 4
tasks: "queue.Queue[int | None]" = queue.Queue()
results: "queue.Queue[tuple[str, int]]" = queue.Queue()


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def worker() -> None:
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            break
        results.put((threading.current_thread().name, fib(n)))
        time.sleep(0.001)
        tasks.task_done()


workers = [threading.Thread(target=worker, name=f'w{i}') for i in range(NUM_WORKERS)]
for w in workers:
    w.start()
for n in range(15):
    tasks.put(n)
for _ in workers:
    tasks.put(None)
tasks.join()
for w in workers:
    w.join()

values = []
names = set()
while not results.empty():
    name, v = results.get()
    names.add(name)
    values.append(v)
print(sorted(values))
print('workers used subset of pool:', names <= {w.name for w in workers})
