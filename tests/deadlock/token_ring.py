# Three threads pass a token around a ring of locks: at any moment all but
# one wait without a timeout (and the main thread joins), and each release
# races with the releaser's next wait. Never a deadlock.
import threading
import time

N = 3
ROUNDS = 40
locks = [threading.Lock() for _ in range(N)]
for lock in locks:
    lock.acquire()
turns = []


def member(i):
    for _ in range(ROUNDS):
        locks[i].acquire()
        turns.append(i)
        if len(turns) % 4 == 0:
            time.sleep(0.002)
        locks[(i + 1) % N].release()


threads = [threading.Thread(target=member, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
locks[0].release()
for t in threads:
    t.join()
print(len(turns), turns[:6])
