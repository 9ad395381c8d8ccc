# CPU-bound work split between threads, for `gilpy compare`:
#
#     gilpy compare --threads 1,2,4 examples/cpu_scaling.py {threads}
#
# The total work is fixed; THREADS threads (default 2) each take an equal
# share. The work is pure Python arithmetic that never waits for anything,
# so with the GIL on the threads can only take turns, and with it off they
# run at once, one per core. The checksum is the same for every thread
# count and both GIL modes; the `time:` line is what changes.
import sys
import threading
import time

TOTAL_STEPS = 6_000_000


def work(start, stop, results, slot):
    total = 0
    for i in range(start, stop):
        total += i * i % 7
    results[slot] = total


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    bounds = [TOTAL_STEPS * k // threads for k in range(threads + 1)]
    results = [0] * threads
    workers = [
        threading.Thread(target=work, args=(bounds[k], bounds[k + 1], results, k))
        for k in range(threads)
    ]
    started = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - started
    print(f"{threads} thread(s), {TOTAL_STEPS} steps in all")
    print(f"checksum: {sum(results)}")
    print(f"time: {elapsed:.3f} s")


main()
