# 8 threads share one dict with str keys, each key built afresh every time
# (an equal string, not the same object). Each thread sets and pops its own
# 300 keys and checks each after its own operation, and all threads also
# write and pop a common set of 300 keys, whose values must stay ones that
# some thread really stored there.
import threading

T = 8
N = 50000
K = 300

d = {}
barrier = threading.Barrier(T)
finished = [False] * T
common_pops = [0] * T


def worker(t):
    barrier.wait()
    for i in range(N):
        own = "t%d:v%d" % (t, i % K)
        d[own] = i
        assert d[own] == i, (own, i)
        assert own in d, own
        if i % 3 == 0:
            assert d.pop(own) == i, own
            assert own not in d, own
            assert d.pop(own, -1) == -1, own
        shared = "v%d" % (i % K)
        d[shared] = i
        # Every store of "vJ" is of an i with i % K == J.
        got = d.get(shared)
        assert got is None or got % K == i % K, (shared, got)
        if i % 2:
            got = d.pop("v%d" % ((i * 7) % K), None)
            assert got is None or got % K == (i * 7) % K, got
            if got is not None:
                common_pops[t] += 1
        if i % 50 == 0:
            assert d.setdefault(own, -1) == (-1 if i % 3 == 0 else i), own
    barrier.wait()
    # Leave the own keys in a state the main thread can check exactly.
    for j in range(K):
        own = "t%d:v%d" % (t, j)
        d.pop(own, None)
        if j % 4 == 0:
            d[own] = t * 1000 + j
            assert d[own] == t * 1000 + j, own


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
own = {k: v for k, v in d.items() if k.startswith("t")}
print("own keys left:", len(own), "sum:", sum(own.values()))
expected = {"t%d:v%d" % (t, j): t * 1000 + j for t in range(T) for j in range(0, K, 4)}
print("exactly the expected ones:", own == expected)
shared = {k: v for k, v in d.items() if not k.startswith("t")}
print("common keys are all valid:", all(k == "v%d" % (v % K) for k, v in shared.items()))
print("no other keys:", len(own) + len(shared) == len(d))
print("some common pops succeeded:", sum(common_pops) > 0)
