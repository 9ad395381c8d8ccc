# Threads sharing one generator: each thread draws from its own seeded
# Random (deterministic), and all draw from the shared module one at once
# (no number is lost or repeated in the generator's state: the total count
# of draws equals the count made).
import random
import threading

results = {}


def own(n):
    r = random.Random(n)
    results[n] = [r.randrange(1000) for _ in range(200)]


threads = [threading.Thread(target=own, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in range(4):
    print(n, results[n][:10], sum(results[n]))

random.seed(77)
expected = random.Random(77)
ref = [expected.random() for _ in range(4000)]
drawn = []
lock = threading.Lock()


def shared():
    mine = [random.random() for _ in range(1000)]
    with lock:
        drawn.extend(mine)


threads = [threading.Thread(target=shared) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(drawn) == sorted(ref))
