# atexit handlers run after the non-daemon threads have been joined, as
# CPython does: the worker's last line comes before the handler's.
import atexit
import threading

release = threading.Event()
state = []


def worker():
    release.wait()
    state.append("worker finished")
    print("worker finished")


def at_exit():
    print("atexit sees", state)


atexit.register(at_exit)
threading.Thread(target=worker).start()
print("main body done")
release.set()
