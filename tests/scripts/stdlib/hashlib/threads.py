# Threads hashing large buffers (the GIL is let go while they hash, as in
# CPython) and threads sharing one hash object: every digest is the one a
# single thread computes, with the GIL on and off.
import hashlib
import threading

data = [bytes([i]) * (1 << 20) for i in range(4)]
expected = [hashlib.sha256(d).hexdigest() for d in data]
results = [None] * 4
start = threading.Barrier(4)


def work(i):
    start.wait()
    h = hashlib.sha256()
    for _ in range(3):
        h.update(data[i])
    results[i] = h.hexdigest()


threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([r == hashlib.sha256(d * 3).hexdigest() for r, d in zip(results, data)])
shared = hashlib.md5()
chunk = b"z" * 4096


def feed():
    for _ in range(50):
        shared.update(chunk)


threads = [threading.Thread(target=feed) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(shared.hexdigest() == hashlib.md5(chunk * 200).hexdigest())
