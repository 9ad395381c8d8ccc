# 16 threads bump counters that live in different places, each under a
# lock: a global, an instance attribute, a class attribute, a dict entry, a
# list element, a closure cell, and an entry of a dict that other threads
# are resizing meanwhile. Every count must come out exact. Lock, RLock
# (taken twice) and an explicit acquire/release are all used.
import threading

T = 16
N = 3000

lock = threading.Lock()
rlock = threading.RLock()
barrier = threading.Barrier(T)
finished = [False] * T
counter = 0


class Box:
    shared = 0

    def __init__(self):
        self.count = 0


box = Box()
table = {"count": 0}
slots = [0, 0, 0]
busy = {"count": 0}


def make_cell_counter():
    count = 0

    def bump():
        nonlocal count
        count += 1

    def get():
        return count

    return bump, get


bump_cell, cell_count = make_cell_counter()


def worker(t):
    global counter
    barrier.wait()
    for i in range(N):
        with lock:
            counter += 1
        with rlock:
            with rlock:
                box.count += 1
        lock.acquire()
        try:
            Box.shared += 1
            table["count"] += 1
        finally:
            lock.release()
        with rlock:
            slots[1] += 1
            bump_cell()
        with lock:
            busy["count"] += 1
        # Other keys of the same dict come and go (set and popped by all
        # threads, without the lock), so it resizes under the locked counter.
        for j in range(4):
            key = "k%d" % ((i * 4 + j + t) % 512)
            busy[key] = i
            if j % 2:
                busy.pop(key, None)


def guarded(t):
    # A failing thread breaks the barrier, so the others stop too instead
    # of waiting for it for ever.
    try:
        worker(t)
        finished[t] = True
    except BaseException:
        barrier.abort()
        raise


threads = [threading.Thread(target=guarded, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

print("threads finished:", sum(finished))
print("expected:", T * N)
print("global:", counter)
print("instance attribute:", box.count)
print("class attribute:", Box.shared)
print("dict entry:", table["count"])
print("list element:", slots)
print("closure cell:", cell_count())
print("dict entry among resizes:", busy["count"])
keys = list(busy)
print("no key twice:", len(keys) == len(set(keys)))
for key in keys:
    if key != "count":
        del busy[key]
print("after deleting the others:", busy)
