# One thread takes a plain lock twice: it waits for itself.
import threading

lock = threading.Lock()


def update():
    with lock:
        with lock:
            print('never printed')


update()
