# thread_pool_map.py - ThreadPoolExecutor.map over N small tasks: what a
# submit, a worker's get, a future's result and the condition hand-offs cost.
# usage: gilpy thread_pool_map.py [N] [WORKERS]    (defaults N=10000, WORKERS=4)
# prints: "checksum: ..." (deterministic) and "time: <seconds>" (wall time of
# the map only, pool start-up and shutdown included).
import sys
import time
from concurrent.futures import ThreadPoolExecutor


def task(x):
    return (x * x + 7) % 1009


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        total = sum(pool.map(task, range(n)))
    elapsed = time.perf_counter() - start
    print("checksum:", total)
    print("time: %.4f" % elapsed)


main()
