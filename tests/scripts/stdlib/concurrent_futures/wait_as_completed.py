# wait() with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED and
# timeouts; as_completed() in completion order and its TimeoutError.
import threading
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, Future, wait, as_completed


def done_future(value):
    f = Future()
    f.set_result(value)
    return f


a, b = done_future(1), Future()
r = wait([a, b], timeout=0.01)
print(type(r).__name__, r._fields, [f.result() for f in r.done], len(r.not_done))
done, not_done = r
print(done == {a}, not_done == {b}, r.done is r[0], r.not_done is r[1])
print(wait([a, b], return_when=cf.FIRST_COMPLETED).done == {a})
print(repr(wait([a])).replace(repr(a), "A"))
print(wait([]))

# FIRST_EXCEPTION returns as soon as one future raised.
e = Future()
e.set_exception(KeyError("k"))
r = wait([b, e], timeout=5, return_when=cf.FIRST_EXCEPTION)
print(r.done == {e}, r.not_done == {b})
# ... but waits for all when none raises.
c = Future()
threading.Timer(0.02, c.set_result, (5,)).start()
r = wait([a, c], return_when=cf.FIRST_EXCEPTION)
print(r.done == {a, c}, r.not_done == set())

# A cancelled future counts as done once the executor has seen it.
x = Future()
x.cancel()
x.set_running_or_notify_cancel()
print(wait([x]).done == {x})

# as_completed: finished ones first, then in the order they finish.
gates = [threading.Event() for _ in range(3)]


def task(i):
    gates[i].wait()
    return i


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(task, i) for i in range(3)]
    order = []
    gates[1].set()
    for f in as_completed(fs):
        order.append(f.result())
        if len(order) == 1:
            gates[2].set()
        elif len(order) == 2:
            gates[0].set()
    print(order)

print([f.result() for f in as_completed([done_future(7)])])
print(list(as_completed([])))
same = done_future(8)
print([f.result() for f in as_completed([same, same])])

# Timeout: N (of M) futures unfinished.
pending = Future()
try:
    for f in as_completed([done_future(1), pending, Future()], timeout=0.05):
        print("got", f.result())
except cf.TimeoutError as exc:
    print(type(exc).__name__, exc)

# wait with a timeout on futures that never finish.
r = wait([Future(), Future()], timeout=0.02)
print(len(r.done), len(r.not_done))

# Many futures finishing from many threads.
with ThreadPoolExecutor(max_workers=8) as ex:
    fs = {ex.submit(pow, i, 2): i for i in range(200)}
    total = 0
    for f in as_completed(fs):
        total += f.result() - fs[f] ** 2
    print("as_completed checks", total, len(fs))
    r = wait(list(fs))
    print(len(r.done), len(r.not_done))
