# expect-full-stderr
# atexit handlers run at exit, newest first, with their arguments; an
# unregistered function does not run; a handler that raises (even SystemExit)
# is reported and the others still run; the exit status stays 0.
import atexit
import sys


def f(a, b=0):
    print("f", a, b)


def g():
    raise ValueError("boom")


def h():
    print("h")
    sys.exit(3)


def gone():
    print("never")


atexit.register(f, 1, b=2)
atexit.register(g)
atexit.register(gone)
atexit.register(h)
r = atexit.register(print, "last registered, first run")
print(r is print)
atexit.register(gone)
atexit.unregister(gone)
try:
    atexit.register(5)
except TypeError as e:
    print(e)


@atexit.register
def decorated():
    print("decorated runs first")


print("main done")
