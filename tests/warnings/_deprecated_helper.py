# Imported by not_in_main.py: code outside __main__, whose deprecation
# warnings CPython's default filters ignore.
import threading

threading.currentThread()


def names():
    return threading.current_thread().getName(), threading.activeCount()
