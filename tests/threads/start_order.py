# Thread.start() returns once the new thread has run until it first blocks
# (or ended): with the GIL on because the new thread holds the GIL, with it
# off because start() waits out the same head start. So each child's line
# comes before the line main writes after start(), in both modes and in
# CPython 3.11.
import sys
import threading

# A long interval, so that a busy machine cannot end a head start early.
sys.setswitchinterval(1.0)

go = threading.Event()


def child(n):
    sys.stdout.write("child %d running\n" % n)
    go.wait()


threads = []
for n in range(5):
    t = threading.Thread(target=child, args=(n,))
    t.start()
    sys.stdout.write("main started %d\n" % n)
    threads.append(t)
go.set()
for t in threads:
    t.join()

# A thread that never blocks ends its head start by ending.
results = []


def worker(n):
    total = 0
    for i in range(1000):
        total += i
    results.append((n, total))


workers = []
for n in range(3):
    t = threading.Thread(target=worker, args=(n,))
    t.start()
    sys.stdout.write("after start %d: %d results\n" % (n, len(results)))
    workers.append(t)
for t in workers:
    t.join()
print(sorted(results))
