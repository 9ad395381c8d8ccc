# Contended locks, conditions and a queue under load: threads wait on each
# other all the time, but some thread can always go on. Never a deadlock.
import queue
import threading

lock = threading.Lock()
counter = 0
jobs = queue.Queue(maxsize=4)
done = []


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


def produce():
    for k in range(2000):
        jobs.put(k)
    jobs.put(None)


def consume():
    total = 0
    while True:
        k = jobs.get()
        if k is None:
            break
        total += k
    done.append(total)


threads = [threading.Thread(target=add, args=(20000,)) for _ in range(4)]
threads.append(threading.Thread(target=produce))
threads.append(threading.Thread(target=consume))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, done)
