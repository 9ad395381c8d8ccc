# Keys whose __hash__ and __eq__ are Python code, and whose hashes collide
# (only 5 distinct values), so every lookup walks a long chain calling
# __eq__, during which other threads change the same dict and set. Each of
# 8 threads adds, checks and removes keys of its own (fresh, equal key
# objects each time, never the stored one); the final contents must be
# exact.
#
# Each round uses a fresh set, first only added to and then only removed
# from: CPython 3.11's own set can lose or double a member when two threads
# add while its table holds deleted slots and __eq__ lets the GIL go (its
# dict rechecks and is safe), so the script asks no more than CPython keeps.
import threading

T = 8
K = 50
ROUNDS = 8


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return self.k % 5

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k


d = {}
sets = [set() for r in range(ROUNDS)]
barrier = threading.Barrier(T)
finished = [False] * T


def worker(t):
    own = range(t * K, (t + 1) * K)
    barrier.wait()
    for r in range(ROUNDS):
        s = sets[r]
        for k in own:
            d[Key(k)] = k
            assert d[Key(k)] == k, k
            s.add(Key(k))
            assert Key(k) in s, k
        barrier.wait()
        for k in own:
            if k % 2:
                del d[Key(k)]
                assert Key(k) not in d, k
                s.remove(Key(k))
                assert Key(k) not in s, k
            else:
                assert d.pop(Key(k)) == k, k
                assert d.setdefault(Key(k), -k) == -k, k
                assert d.get(Key(k)) == -k, k
                assert Key(k) in s, k
        for k in own:
            if k % 2 == 0:
                d[Key(k)] = r
        for k in own:
            assert (Key(k) in d) == (k % 2 == 0), k
            assert (Key(k) in s) == (k % 2 == 0), k
        barrier.wait()


def guarded(t):
    # A failing thread breaks the barrier, so the others stop too instead
    # of waiting for it for ever.
    try:
        worker(t)
        finished[t] = True
    except BaseException:
        barrier.abort()
        raise


threads = [threading.Thread(target=guarded, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

print("threads finished:", sum(finished))
print("dict:", len(d), "keys, sum", sum(k.k for k in d), "values", set(d.values()))
print("sets:", set((len(s), sum(k.k for k in s)) for s in sets))
evens = [k for k in range(T * K) if k % 2 == 0]
print("expected:", len(evens), "sum", sum(evens))
print("each key once:", len(set(k.k for k in d)) == len(d), all(len(set(k.k for k in s)) == len(s) for s in sets))
