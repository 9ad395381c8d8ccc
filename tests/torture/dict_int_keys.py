# 8 threads share one dict with int keys. Each thread owns a disjoint range
# of keys and, round after round, adds them, deletes or pops them, puts them
# back with setdefault and update, and checks every one of its own keys
# after each of its own operations; the dict grows and shrinks through many
# resizes while the others do the same. All threads also setdefault and pop
# a few common keys, where exactly one setdefault may win (a key that two
# threads both inserted would show twice). Then all threads empty the dict
# together with popitem: every item must come out exactly once.
import threading

T = 8
N = 2000
ROUNDS = 20
COMMON = range(10 ** 6, 10 ** 6 + 64)

d = {}
barrier = threading.Barrier(T)
finished = [False] * T
popped = [None] * T
snapshot = []


def worker(t):
    keys = range(t * N, (t + 1) * N)
    barrier.wait()
    for r in range(ROUNDS):
        for k in keys:
            d[k] = r
            assert d[k] == r, (k, r)
            assert k in d, k
        for k in keys:
            if k % 2:
                del d[k]
                assert k not in d, k
            else:
                assert d.pop(k) == r, k
                assert d.pop(k, None) is None, k
            assert d.get(k) is None, k
        for k in keys:
            assert d.setdefault(k, k) == k, k
            assert d.setdefault(k, -1) == k, k
        d.update({k: k + 1 for k in keys if k % 3 == 0})
        for k in keys:
            assert d[k] == (k + 1 if k % 3 == 0 else k), k
        for k in keys:
            if k % 5 == 0:
                del d[k]
        for k in keys:
            assert (k in d) == (k % 5 != 0), k
            c = COMMON[(k * 7 + t) % 64]
            got = d.setdefault(c, t)
            assert 0 <= got < T, (c, got)
            if k % 3 == 0:
                got = d.pop(c, None)
                assert got is None or 0 <= got < T, (c, got)
    # Every thread has left its keys that are not multiples of 5.
    if barrier.wait() == 0:
        for c in COMMON:
            d.pop(c, None)
        snapshot.append((len(d), sum(d), sum(d.values())))
    barrier.wait()
    mine = []
    while True:
        try:
            mine.append(d.popitem())
        except KeyError:
            break
    popped[t] = mine


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
print("after the rounds (len, sum of keys, sum of values):", snapshot)
left = [k for k in range(T * N) if k % 5]
print("expected:", (len(left), sum(left), sum(k + 1 if k % 3 == 0 else k for k in left)))
items = [item for mine in popped if mine is not None for item in mine]
print("popitem gave", len(items), "items,", len(set(k for k, v in items)), "distinct keys")
print("each with its value:", all(v == (k + 1 if k % 3 == 0 else k) for k, v in items))
print("dict empty at the end:", len(d), d == {})
