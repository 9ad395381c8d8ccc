# expect-full-stderr
# An uncaught exception prints its traceback, then the atexit handlers run.
import atexit
import sys


def bye():
    print("bye", file=sys.stderr)


atexit.register(bye)
raise KeyError("k")
