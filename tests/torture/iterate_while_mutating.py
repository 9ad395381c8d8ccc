# One dict and one set iterated by 2 threads while 6 others insert and
# delete keys drawn from a known universe (the dict always maps k to 3 * k),
# with a sliding window of extra keys that keeps both tables rebuilding.
# An iteration either completes or raises RuntimeError with one of
# CPython's messages; every key (and value) it yields is one that could
# really have been there; nothing crashes or hangs.
import threading

T = 8
U = 512
N = 3000
PASSES = 100

DICT_MESSAGES = ("dictionary changed size during iteration", "dictionary keys changed during iteration")
SET_MESSAGES = ("Set changed size during iteration",)

d = {k: 3 * k for k in range(0, U, 2)}
s = set(range(0, U, 2))
barrier = threading.Barrier(T)
finished = [False] * T
passes = [0] * T


def mutate(t):
    for i in range(N):
        # Each mutator has keys of its own, so the dict and the set agree
        # at the end whatever the interleaving.
        k = (i * 7) % (U // 8) * 8 + t
        if i % 2:
            d[k] = 3 * k
            s.add(k)
        else:
            d.pop(k, None)
            s.discard(k)
        if i % 10 == 0:
            # A window of 50 keys slides over 200 more: the tables fill with
            # deleted slots and are rebuilt over and over, and grow and
            # shrink too.
            base = t * 1000
            for j in range(U, U + 200):
                d[j + base] = 3 * (j + base)
                s.add(j + base)
                if j >= U + 50:
                    del d[j - 50 + base]
                    s.remove(j - 50 + base)
            for j in range(U + 150, U + 200):
                del d[j + base]
                s.remove(j + base)


def valid(k):
    return type(k) is int and (0 <= k < U or (U <= k % 1000 < U + 200 and k // 1000 < T))


def iterate(t):
    for p in range(PASSES):
        try:
            for k in d:
                assert valid(k), k
        except RuntimeError as e:
            assert str(e) in DICT_MESSAGES, e
        try:
            for k, v in d.items():
                assert valid(k) and v == 3 * k, (k, v)
        except RuntimeError as e:
            assert str(e) in DICT_MESSAGES, e
        try:
            for v in d.values():
                assert v % 3 == 0 and valid(v // 3), v
        except RuntimeError as e:
            assert str(e) in DICT_MESSAGES, e
        try:
            for k in s:
                assert valid(k), k
        except RuntimeError as e:
            assert str(e) in SET_MESSAGES, e
        try:
            keys = list(d)
            assert all(valid(k) for k in keys)
            members = sorted(s)
            assert all(valid(k) for k in members)
        except RuntimeError as e:
            assert str(e) in DICT_MESSAGES + SET_MESSAGES, e
        passes[t] += 1


def worker(t):
    barrier.wait()
    if t % 4 == 3:
        iterate(t)
    else:
        mutate(t)


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
print("passes:", passes)
print("dict consistent:", all(valid(k) and v == 3 * k for k, v in d.items()))
print("dict and set agree:", set(d) == s, len(d) == len(s))
