# Future by hand: states, repr, result/exception with timeouts, callbacks,
# cancel, set_running_or_notify_cancel, InvalidStateError.
import concurrent.futures as cf
from concurrent.futures import Future

f = Future()
print(repr(f), f.running(), f.done(), f.cancelled())
print(f.set_running_or_notify_cancel(), repr(f), f.running())
f.set_result(3)
print(repr(f), f.done(), f.result(), f.exception(), f.result(timeout=0))
for bad in (lambda: f.set_result(4), lambda: f.set_exception(ValueError())):
    try:
        bad()
    except cf.InvalidStateError as e:
        print(type(e).__name__, e)

g = Future()
g.set_exception(ValueError("bad value"))
print(repr(g), repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print("result raised", repr(e))

h = Future()
print(h.cancel(), h.cancel(), repr(h), h.cancelled(), h.done())
for call in (h.result, h.exception):
    try:
        call()
    except cf.CancelledError as e:
        print("cancelled:", repr(e))
print(h.set_running_or_notify_cancel(), repr(h))
try:
    h.set_result(1)
except cf.InvalidStateError as e:
    print(e)

p = Future()
for call in (p.result, p.exception):
    try:
        call(timeout=0.01)
    except cf.TimeoutError as e:
        print("timeout:", repr(e), type(e) is TimeoutError)

r = Future()
r.set_running_or_notify_cancel()
print(r.cancel(), r.running())
r.set_result(None)
print(r.cancel(), repr(r))

# Callbacks: in order, at once when already done.
seen = []
c = Future()
c.add_done_callback(lambda fut: seen.append(("first", fut.result())))
c.add_done_callback(lambda fut: seen.append(("second", fut.result())))
print(seen)
c.set_result("x")
print(seen)
c.add_done_callback(lambda fut: seen.append(("late", fut.result())))
print(seen)
d = Future()
d.add_done_callback(lambda fut: seen.append(("cancel", fut.cancelled())))
d.cancel()
print(seen[-1])

print(cf.TimeoutError is TimeoutError)
for cls in (cf.CancelledError, cf.InvalidStateError, cf.BrokenExecutor):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
from concurrent.futures.thread import BrokenThreadPool
print([k.__name__ for k in BrokenThreadPool.__mro__])
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(sorted(cf.__all__))

# A callback that raises is logged to the 'concurrent.futures' logger.
import logging

caught = []


class Keep(logging.Handler):
    def emit(self, record):
        caught.append((record.name, record.levelname, record.getMessage().split(" at ")[0],
                       record.exc_info[0].__name__))


logging.getLogger("concurrent.futures").addHandler(Keep())
bad = Future()
bad.add_done_callback(lambda fut: 1 / 0)
bad.add_done_callback(lambda fut: seen.append("later callbacks still run"))
bad.set_result(1)
bad.add_done_callback(lambda fut: {}["x"])
print(caught, seen[-1])
