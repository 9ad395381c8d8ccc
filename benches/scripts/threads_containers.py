# threads_containers.py - each of T threads works on containers of its own:
# appends to, indexes and updates its own list, sets, reads and deletes keys
# of its own dict, adds to its own set. FIXED work per thread (W steps), so
# with per-object locks and the GIL off the wall time stays about the same
# from T=1 to T=cores; one lock shared by every container would serialise
# the threads as the GIL does.
# usage: gilpy threads_containers.py [T] [W]    (defaults T=2, W=400000)
# prints: "checksum: ..." (deterministic) and "time: <seconds>" (wall time of
# the threaded section only: thread start to last join).
import sys
import time
import threading


def work(w, seed):
    items = []
    table = {}
    seen = set()
    acc = seed
    for i in range(w):
        items.append(i)
        k = i % 512
        table[k] = table.get(k, 0) + i
        if i % 3 == 0:
            seen.add(k)
        acc = (acc + items[len(items) // 2] + len(items)) % 1000003
        if len(items) > 1024:
            del items[:512]
            acc = (acc + items[-1]) % 1000003
        if k in table and i % 7 == 0:
            del table[k]
    return (acc + len(table) + len(seen)) % 1000003


def worker(idx, w, results):
    results[idx] = work(w, 7)


def main():
    t = 2
    w = 400000
    if len(sys.argv) > 1:
        t = int(sys.argv[1])
    if len(sys.argv) > 2:
        w = int(sys.argv[2])
    results = [0] * t
    threads = []
    t0 = time.perf_counter()
    for i in range(t):
        th = threading.Thread(target=worker, args=(i, w, results))
        threads.append(th)
        th.start()
    for th in threads:
        th.join()
    elapsed = time.perf_counter() - t0
    print("checksum: threads_containers(W=%d) per-thread = %d all-equal = %s" % (w, results[0], str(all(r == results[0] for r in results))))
    print("time: %.4f threads=%d" % (elapsed, t))


main()
