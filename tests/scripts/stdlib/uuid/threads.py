# uuid1 and uuid4 from many threads at once never repeat a value, with the
# GIL on and off.
import threading
import uuid

seen = []
lock = threading.Lock()
start = threading.Barrier(4)


def work():
    start.wait()
    mine = [uuid.uuid1() for _ in range(200)] + [uuid.uuid4() for _ in range(200)]
    with lock:
        seen.extend(mine)


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(seen), len(set(seen)), sorted({u.version for u in seen}))
