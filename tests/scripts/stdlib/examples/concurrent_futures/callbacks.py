"""add_done_callback, Future states, cancel."""
import concurrent.futures as cf
import threading

gate = threading.Event()
events = []


def slow(x: int) -> int:
    gate.wait()
    return x * x


def cb(fut: cf.Future) -> None:
    events.append(('callback', fut.result()))


with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f1 = ex.submit(slow, 3)
    f1.add_done_callback(cb)
    f2 = ex.submit(slow, 4)
    print('f2 cancelled:', f2.cancel(), f2.cancelled())
    print('f1 running or pending:', not f1.done())
    gate.set()
    print('f1 result:', f1.result(timeout=5))
print(events)
print('done:', f1.done(), 'cancelled:', f1.cancelled(), 'running:', f1.running())
try:
    f2.result()
except cf.CancelledError:
    print('CancelledError for f2')

f = cf.Future()
f.add_done_callback(lambda fut: print('callback sees', fut.result()))
f.set_result('hand-made')
f.add_done_callback(lambda fut: print('late callback runs at once'))
g = cf.Future()
g.set_exception(KeyError('k'))
print(repr(g.exception()))
