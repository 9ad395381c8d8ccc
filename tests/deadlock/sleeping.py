# A thread waits for an Event the sleeping main thread sets afterwards: a
# sleeping thread is not blocked, so this is no deadlock.
import threading
import time

ready = threading.Event()


def waiter():
    ready.wait()
    print('woken')


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.3)
ready.set()
t.join()
print('done')
