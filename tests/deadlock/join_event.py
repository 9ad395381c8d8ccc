# The main thread joins a worker that waits for an Event nobody sets.
import threading

go = threading.Event()


def worker():
    print('worker waits')
    go.wait()
    print('worker runs')


t = threading.Thread(target=worker, name='worker')
t.start()
t.join()
print('never printed')
