# 8 threads share one set. Each adds, removes and discards its own range of
# ints, checking membership after each of its own operations, and adds and
# removes whole chunks with update and difference_update, so the set grows
# and shrinks through many resizes. Then all threads empty it together with
# pop: every member comes out exactly once. Meanwhile a second set is
# cleared over and over while the others add to it: it may lose members,
# but never hold one that nobody added.
import threading

T = 8
N = 1500
ROUNDS = 10

s = set()
churn = set()
barrier = threading.Barrier(T)
finished = [False] * T
popped = [None] * T


def worker(t):
    lo, hi = t * N, (t + 1) * N
    barrier.wait()
    for r in range(ROUNDS):
        for i in range(lo, hi):
            s.add(i)
            assert i in s, i
            if i % 2:
                s.remove(i)
                assert i not in s, i
            elif i % 4 == 0:
                s.discard(i)
                assert i not in s, i
                s.discard(i)
        # Left: the i with i % 4 == 2.
        s.update(range(lo + 1, hi, 4))
        for i in range(lo, hi):
            assert (i in s) == (i % 4 in (1, 2)), i
        s.difference_update(range(lo + 1, hi, 4))
        for i in range(lo, hi, 50):
            churn.add(i)
            if t == 0 and i % 200 == 0:
                churn.clear()
    for i in range(lo, hi):
        assert (i in s) == (i % 4 == 2), i
    if barrier.wait() == 0:
        snapshot.append((len(s), sum(s)))
    barrier.wait()
    mine = []
    while True:
        try:
            mine.append(s.pop())
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


snapshot = []
threads = [threading.Thread(target=guarded, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

print("threads finished:", sum(finished))
left = [i for i in range(T * N) if i % 4 == 2]
print("after the rounds (len, sum):", snapshot, "expected:", (len(left), sum(left)))
items = [i for mine in popped if mine is not None for i in mine]
print("pop gave", len(items), "members,", len(set(items)), "distinct, sum", sum(items))
print("set empty at the end:", len(s), s == set())
print("churn holds only added members:", all(i % 50 == 0 and 0 <= i < T * N for i in churn))
