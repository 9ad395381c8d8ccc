"""The queue docs example: daemon workers, q.join() waits for all task_done()."""
import threading
import queue

q = queue.Queue()
done = []
lock = threading.Lock()


def worker() -> None:
    while True:
        item = q.get()
        with lock:
            done.append(item)
        q.task_done()


for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()

for item in range(30):
    q.put(item)

q.join()
print('All work completed')
print(len(done), sorted(done) == list(range(30)))
