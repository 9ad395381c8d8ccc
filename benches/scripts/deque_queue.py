# deque_queue.py - T threads share one collections.deque as a work queue:
# each appends W jobs (ints) and, every fourth job, takes up to four jobs
# off the left end with popleft and does a little arithmetic on each.
# FIXED work per thread (W jobs produced, about W consumed). Every append
# and popleft is one atomic step on the deque's own lock, so with the GIL
# off the threads contend for that one lock instead of the GIL: this
# measures what a shared queue costs, not parallel speed-up.
# usage: gilpy deque_queue.py [T] [W]    (defaults T=2, W=300000)
# prints: "checksum: ..." (deterministic: the total over every job, whoever
# ran it) and "time: <seconds>" (wall time of the threaded section only).
import sys
import time
import threading
from collections import deque


def work(q, base, w, results, idx):
    acc = 0
    append = q.append
    popleft = q.popleft
    for i in range(w):
        append(base + i)
        if i % 4 == 3:
            for _ in range(4):
                try:
                    x = popleft()
                except IndexError:
                    break
                acc = (acc + (x * 7) % 1009) % 1000003
    results[idx] = acc


def main():
    t = 2
    w = 300000
    if len(sys.argv) > 1:
        t = int(sys.argv[1])
    if len(sys.argv) > 2:
        w = int(sys.argv[2])
    q = deque()
    results = [0] * t
    threads = []
    t0 = time.perf_counter()
    for i in range(t):
        th = threading.Thread(target=work, args=(q, i * w, w, results, i))
        threads.append(th)
        th.start()
    for th in threads:
        th.join()
    elapsed = time.perf_counter() - t0
    total = sum(results)
    while q:
        total += (q.popleft() * 7) % 1009
    expected = sum((x * 7) % 1009 for x in range(t * w)) % 1000003
    print("checksum: deque_queue(W=%d) total mod = %d right = %s" % (w, total % 1000003, str(total % 1000003 == expected)))
    print("time: %.4f threads=%d" % (elapsed, t))


main()
