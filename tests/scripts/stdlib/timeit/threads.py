# timeit from several threads at once (the GIL-cost examples do this):
# each thread's statement runs its own number of times, with the GIL on or off.
import threading
import timeit

counts = [0] * 4
results = [None] * 4


def work(i):
    def stmt():
        counts[i] += 1
    results[i] = timeit.timeit(stmt, number=1000 * (i + 1))


threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counts, [type(r).__name__ for r in results])
per_thread = timeit.Timer("sum(range(100))")
out = []
lock = threading.Lock()


def rep():
    r = per_thread.repeat(3, 50)
    with lock:
        out.append(len(r))


threads = [threading.Thread(target=rep) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)
