# A thread waits for an Event the main thread sets after input() returns:
# a thread reading input is not blocked, so this is no deadlock.
import threading

answered = threading.Event()


def waiter():
    answered.wait()
    print('woken')


t = threading.Thread(target=waiter)
t.start()
print('ready', flush=True)
line = input()
answered.set()
t.join()
print('got', line)
