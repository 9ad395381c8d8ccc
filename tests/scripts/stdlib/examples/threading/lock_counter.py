"""Shared counter protected by a Lock; RLock re-entrancy; daemon flags."""
import threading
import sys

counter = 0
lock = threading.Lock()


def increment(n: int) -> None:
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=increment, args=(1000,)) for _ in range(4)]
[t.start() for t in threads]
[t.join() for t in threads]
print(f'{counter = }')

rlock = threading.RLock()


def outer() -> str:
    with rlock:
        return inner()


def inner() -> str:
    with rlock:
        return 'inner reached under RLock'


print(outer())
print('locked?', lock.locked())
lock.acquire()
print('locked?', lock.locked(), 'try again:', lock.acquire(False))
lock.release()
d = threading.Thread(target=lambda: None, daemon=True)
print('daemon:', d.daemon, 'name starts with Thread-:', d.name.startswith('Thread-'))
d.start()
d.join()
print('main thread:', threading.current_thread().name, threading.main_thread() is threading.current_thread())
print('active >= 1:', threading.active_count() >= 1)
print(type(threading.get_ident()).__name__, file=sys.stderr)
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
