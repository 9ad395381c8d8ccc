import threading
ev = threading.Event()
cond = threading.Condition()
items = []
def producer():
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify()
    ev.set()
def consumer(out):
    got = 0
    while got < 5:
        with cond:
            cond.wait_for(lambda: items)
            out.append(items.pop(0))
            got += 1
out = []
c = threading.Thread(target=consumer, args=(out,))
c.start()
p = threading.Thread(target=producer)
p.start()
p.join(); c.join()
print(sorted(out), ev.is_set())
sem = threading.BoundedSemaphore(2)
count = [0]
lock = threading.Lock()
def worker():
    with sem:
        with lock:
            count[0] += 1
ts = [threading.Thread(target=worker) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(count[0])
b = threading.Barrier(3)
res = []
def bw():
    res.append(b.wait())
ts = [threading.Thread(target=bw) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res))
fired = []
t = threading.Timer(0.01, lambda: fired.append(1)); t.start(); t.join()
t2 = threading.Timer(5, lambda: fired.append(2)); t2.start(); t2.cancel(); t2.join()
print(fired)
try:
    sem.release(); sem.release(); sem.release()
except ValueError as e:
    print("ValueError:", e)
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
print(threading.current_thread().name, threading.active_count())
