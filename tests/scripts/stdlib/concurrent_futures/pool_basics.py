# ThreadPoolExecutor: submit, map (order, timeout, chunksize, exceptions at
# iteration), context manager, shutdown, errors, worker names, lazy workers.
import threading
import time
from concurrent.futures import ThreadPoolExecutor
import concurrent.futures as cf


def square(x):
    return x * x


def name_of_worker(_):
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    print(list(ex.map(square, range(5), chunksize=2)))
    print(list(ex.map(square, range(5), timeout=10)))
    f = ex.submit(square, 12)
    print(f.result(), repr(f))
    k = ex.submit(lambda a, *, b: a + b, 1, b=2)
    print(k.result())

try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)

for bad in (0, -1):
    try:
        ThreadPoolExecutor(bad)
    except ValueError as e:
        print(e)
try:
    ThreadPoolExecutor(2, initializer=42)
except TypeError as e:
    print(e)


def fails(x):
    if x == 2:
        raise ValueError("no %d" % x)
    return x


with ThreadPoolExecutor(2) as ex:
    it = ex.map(fails, range(4))
    got = []
    try:
        for v in it:
            got.append(v)
    except ValueError as e:
        print("map raised at iteration:", e, got)
    f = ex.submit(fails, 2)
    print(type(f.exception()).__name__, f.exception())

# Worker threads: named <prefix>_<n>; one per submit while none is idle.
gate = threading.Event()


def blocked(i):
    gate.wait()
    return threading.current_thread().name


ex = ThreadPoolExecutor(max_workers=2)
print(ex._thread_name_prefix.startswith("ThreadPoolExecutor-"))
fs = [ex.submit(blocked, i) for i in range(4)]
print(len(ex._threads))
gate.set()
names = sorted(set(f.result() for f in fs))
prefix = ex._thread_name_prefix
print([n.replace(prefix, "P") for n in names])
ex.shutdown()
print(all(not t.is_alive() for t in ex._threads))

with ThreadPoolExecutor(max_workers=1, thread_name_prefix="fetcher") as ex:
    print(ex.submit(name_of_worker, 0).result())

# Workers start lazily: one submit, one worker.
with ThreadPoolExecutor(max_workers=4) as ex:
    ex.submit(square, 1).result()
    print(len(ex._threads))

# map with a timeout that passes.
with ThreadPoolExecutor(max_workers=1) as ex:
    ev = threading.Event()
    it = ex.map(lambda x: ev.wait(), [1, 2], timeout=0.05)
    try:
        next(it)
        print("no timeout?")
    except TimeoutError:
        print("map timed out")
    ev.set()

# max_workers default.
ex = ThreadPoolExecutor()
print(ex._max_workers >= 5, ex._max_workers <= 32)
ex.shutdown(wait=False)

# shutdown(cancel_futures=True) cancels what has not started.
release = threading.Event()
started = threading.Event()


def first():
    started.set()
    release.wait()
    return "first done"


ex = ThreadPoolExecutor(max_workers=1)
a = ex.submit(first)
started.wait()
rest = [ex.submit(square, i) for i in range(3)]
t = threading.Thread(target=lambda: ex.shutdown(wait=True, cancel_futures=True))
t.start()
while not ex._shutdown:
    time.sleep(0.01)
release.set()
t.join()
print(a.result(), [f.cancelled() for f in rest])

# Submitting from inside a task, and a future's result awaited by many threads.
with ThreadPoolExecutor(max_workers=4) as ex:
    outer = ex.submit(lambda: ex.submit(square, 9).result())
    print(outer.result())
    shared = ex.submit(square, 7)
    results = []
    lock = threading.Lock()

    def waiter():
        v = shared.result()
        with lock:
            results.append(v)

    ts = [threading.Thread(target=waiter) for _ in range(5)]
    for th in ts:
        th.start()
    for th in ts:
        th.join()
    print(results)
