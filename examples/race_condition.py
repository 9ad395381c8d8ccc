# Two threads add to one counter. `counter += 1` is a read, an add and a
# write: without a lock, updates can be lost (with the GIL off, and with it
# on when a switch lands between the read and the write). With a lock, never.
import threading

N = 200000
counter = 0
lock = threading.Lock()


def unsafe_add():
    global counter
    for _ in range(N):
        counter += 1


def safe_add():
    global counter
    for _ in range(N):
        with lock:
            counter += 1


for worker, label in [(unsafe_add, "without a lock"), (safe_add, "with a lock")]:
    counter = 0
    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if label == "with a lock":
        print(label, "->", counter)
    else:
        print(label, "-> at most", 2 * N, ":", counter <= 2 * N)
