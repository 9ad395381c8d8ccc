"""shutdown(cancel_futures=True), Future repr states, exceptions with tracebacks."""
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor, Future, CancelledError

gate = threading.Event()


def blocked(n: int) -> int:
    gate.wait(5)
    return n


ex = ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocked, 1)
rest = [ex.submit(blocked, i) for i in range(2, 6)]
print(repr(rest[0]).split(' at ')[0], 'state=pending' in repr(rest[0]))
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print('first:', first.result())
print('cancelled count + finished count =', sum(f.cancelled() for f in rest) + sum(f.done() and not f.cancelled() for f in rest))
f = Future()
print('state=pending' in repr(f))
f.set_result([1, 2])
print('state=finished returned list' in repr(f))
g = Future()
g.set_exception(ValueError('nope'))
print('state=finished raised ValueError' in repr(g))


def fails() -> None:
    raise KeyError('missing-key')


with ThreadPoolExecutor() as pool:
    fut = pool.submit(fails)
    try:
        fut.result()
    except KeyError:
        tb = traceback.format_exc()
        print(tb.strip().splitlines()[-1])
        print('raise KeyError' in tb)
h = Future()
h.cancel()
try:
    h.result()
except CancelledError as e:
    print('CancelledError', repr(e))
print(h.running(), h.done(), h.cancelled())
