# A thread ends while it still holds a lock; the main thread then wants it.
import threading

lock = threading.Lock()


def forgetful():
    lock.acquire()


t = threading.Thread(target=forgetful, name='forgetful')
t.start()
t.join()
print('joined')
with lock:
    print('never printed')
