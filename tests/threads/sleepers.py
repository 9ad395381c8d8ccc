# Sleeping releases the GIL: ten threads sleeping 0.2 s each finish together,
# well before the 2 s they would take one after another (1.9 s bound).
import threading
import time

start = time.monotonic()
done = []
def nap(i):
    time.sleep(0.2)
    done.append(i)
ts = [threading.Thread(target=nap, args=(i,)) for i in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.monotonic() - start
print(sorted(done), elapsed < 1.9)
