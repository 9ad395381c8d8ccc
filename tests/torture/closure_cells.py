# Closure cells shared by 8 threads. A nonlocal counter bumped under a
# lock must come out exact; another, bumped with no lock at all, may lose
# updates (as in CPython) but must not crash: it holds big ints, so every
# store frees the previous object while other threads read it. Cells that
# other threads rebind to fresh lists and strings must always read back as
# one of the values that were stored. A cell holding a dict is rebound to
# a fresh dict now and then while the threads keep keys of their own in
# whichever dict they took from it: each key must read back exactly.
import threading

T = 8
N = 40000


def make():
    guarded_count = 0
    wild = 2 ** 80
    latest = [0]
    label = "start"
    table = {}
    tables = [table]
    lock = threading.Lock()
    barrier = threading.Barrier(T)
    finished = [False] * T

    def work(t):
        nonlocal guarded_count, wild, latest, label, table
        barrier.wait()
        for i in range(N):
            with lock:
                guarded_count += 1
            wild += 1
            w = wild
            assert w >= 2 ** 80, w
            if i % 5 == t % 5:
                latest = [t, i]
                label = "label%d" % (i % 10)
            seen = latest
            assert len(seen) in (1, 2), seen
            assert seen == [0] or 0 <= seen[1] < N, seen
            assert label == "start" or label[:5] == "label", label
            tb = table
            key = (t, i % 300)
            tb[key] = i
            assert tb[key] == i, key
            if i % 2:
                del tb[key]
                assert key not in tb, key
            if t == 0 and i % 2000 == 1999:
                table = {}
                tables.append(table)

    def guarded(t):
        # A failing thread breaks the barrier, so the others stop too
        # instead of waiting for it for ever.
        try:
            work(t)
            finished[t] = True
        except BaseException:
            barrier.abort()
            raise

    def results():
        return guarded_count, wild >= 2 ** 80, sum(finished), len(tables)

    return guarded, results


guarded, results = make()
threads = [threading.Thread(target=guarded, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

count, wild_ok, done, swaps = results()
print("threads finished:", done)
print("guarded counter:", count, "expected:", T * N)
print("unguarded counter still a big int:", wild_ok)
print("dicts the cell held:", swaps)
