# A producer puts work on a queue; two consumers take it off. The queue does
# the locking; None tells a consumer to stop.
import queue
import threading

jobs = queue.Queue(maxsize=5)
done = []
done_lock = threading.Lock()


def producer():
    for n in range(1, 11):
        jobs.put(n)
    jobs.put(None)
    jobs.put(None)


def consumer(name):
    while True:
        n = jobs.get()
        if n is None:
            break
        with done_lock:
            done.append(n * n)


workers = [threading.Thread(target=producer)]
workers += [threading.Thread(target=consumer, args=("c%d" % i,)) for i in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("squares:", sorted(done))
print("sum:", sum(done))
