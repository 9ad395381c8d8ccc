# I/O-bound work split between threads, the counterpart of cpu_scaling.py:
#
#     gilpy compare --threads 1,2,4,8 examples/io_scaling.py {threads}
#
# A fixed number of tasks, dealt out to THREADS threads (default 2). Each
# task waits 20 ms as if for a reply from a server (time.sleep stands in for
# the network) and then does a little work with the "reply". A thread lets
# the GIL go while it waits, so the waits overlap whether the GIL is on or
# off, and more threads help even beyond the number of cores.
import sys
import threading
import time

TASKS = 48
WAIT_SECONDS = 0.02


def fetch(task):
    time.sleep(WAIT_SECONDS)
    reply = f"reply to request {task}"
    return sum(ord(c) for c in reply)


def work(tasks, results, slot):
    results[slot] = sum(fetch(task) for task in tasks)


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    results = [0] * threads
    workers = [
        threading.Thread(target=work, args=(range(k, TASKS, threads), results, k))
        for k in range(threads)
    ]
    started = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - started
    print(f"{threads} thread(s), {TASKS} tasks of {WAIT_SECONDS * 1000:.0f} ms waiting each")
    print(f"checksum: {sum(results)}")
    print(f"time: {elapsed:.3f} s")


main()
