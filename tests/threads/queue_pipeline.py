# A producer and two consumers with queue.Queue; task_done/join; the
# sentinel None stops each consumer.
import threading
import queue

q = queue.Queue(maxsize=4)
results = []
results_lock = threading.Lock()

def producer():
    for i in range(20):
        q.put(i)
    for _ in range(2):
        q.put(None)

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with results_lock:
            results.append(item * 2)
        q.task_done()

threads = [threading.Thread(target=producer)] + [threading.Thread(target=consumer) for _ in range(2)]
for t in threads:
    t.start()
q.join()
for t in threads:
    t.join()
print(sorted(results) == [i * 2 for i in range(20)], q.empty(), q.qsize())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for p in [5, 1, 4, 2]:
    pq.put((p, "job%d" % p))
print([pq.get()[1] for _ in range(4)])
