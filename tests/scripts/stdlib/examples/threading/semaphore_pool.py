"""Limit concurrent access with a BoundedSemaphore (PyMOTW ActivePool)."""
import threading
import time


class ActivePool:

    def __init__(self) -> None:
        super(ActivePool, self).__init__()
        self.active = []
        self.max_active = 0
        self.lock = threading.Lock()

    def makeActive(self, name: str) -> None:
        with self.lock:
            self.active.append(name)
            self.max_active = max(self.max_active, len(self.active))

    def makeInactive(self, name: str) -> None:
        with self.lock:
            self.active.remove(name)


def worker(s: threading.Semaphore, pool: ActivePool) -> None:
    with s:
        name = threading.current_thread().name
        pool.makeActive(name)
        time.sleep(0.01)
        pool.makeInactive(name)


pool = ActivePool()
s = threading.BoundedSemaphore(2)
threads = [threading.Thread(target=worker, name=str(i), args=(s, pool)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('max active <= 2:', pool.max_active <= 2)
print('active now:', pool.active)

b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
sem = threading.Semaphore(0)
print('acquire non-blocking:', sem.acquire(blocking=False))
sem.release(3)
print([sem.acquire(timeout=0.01) for _ in range(4)])
