"""Exceptions inside futures: result() re-raises, exception() returns it."""
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION, ALL_COMPLETED


def divide(a: int, b: int) -> float:
    return a / b


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(divide, 10, d) for d in (2, 0, 5)]
    done, not_done = wait(futures, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    for f in futures:
        exc = f.exception()
        if exc is not None:
            print('error:', type(exc).__name__, exc)
        else:
            print('ok:', f.result())
    try:
        futures[1].result()
    except ZeroDivisionError as e:
        print('caught again:', e)

with ThreadPoolExecutor(max_workers=2) as pool:
    fs = [pool.submit(divide, 1, 0)]
    done, _ = wait(fs, timeout=5, return_when=FIRST_EXCEPTION)
    print('first exception done:', len(done))

try:
    with ThreadPoolExecutor(max_workers=1) as pool:
        list(pool.map(divide, [1, 2], [1, 0]))
except ZeroDivisionError as e:
    print('map raised', repr(e))
pool = ThreadPoolExecutor(max_workers=1)
pool.shutdown()
try:
    pool.submit(print, 'never')
except RuntimeError as e:
    print('RuntimeError:', e)
