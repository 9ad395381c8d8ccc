# The main thread waits with a timeout for a lock another thread holds
# while that thread waits without a timeout: not a deadlock, the timeout
# ends the wait. Then everything finishes normally.
import threading

lock = threading.Lock()
holding = threading.Event()
go_on = threading.Event()


def holder():
    with lock:
        holding.set()
        go_on.wait()


t = threading.Thread(target=holder)
t.start()
holding.wait()
print('acquired:', lock.acquire(True, 0.3))
cond = threading.Condition()
with cond:
    print('notified:', cond.wait(0.2))
go_on.set()
t.join()
print('done')
