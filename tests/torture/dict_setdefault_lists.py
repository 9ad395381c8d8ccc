# d.setdefault(k, []).append(x) from 8 threads on the same 64 keys, while
# the same threads pop keys, popitem and update with keys of their own. No
# list is ever overwritten and every removed list is kept, so each appended
# item must end up in exactly one list: a setdefault that loses a race and
# puts a second list under a key loses the items of the first.
import threading

T = 8
N = 12000
K = 64

d = {}
barrier = threading.Barrier(T)
finished = [False] * T
removed = [None] * T


def worker(t):
    mine = []
    barrier.wait()
    for i in range(N):
        d.setdefault(i % K, []).append((t, i))
        if i % 7 == 0:
            got = d.pop((i * 5 + t) % K, None)
            if got is not None:
                mine.append(got)
        if i % 97 == 0:
            try:
                k, v = d.popitem()
                mine.append(v)
            except KeyError:
                pass
        if i % 13 == 0:
            # Keys of this thread only, each used once: no list is replaced.
            d.update({("u", t, i): [("u", t, i)], ("w", t, i): [("w", t, i)]})
            # Another thread's popitem may already have taken it (the
            # final counts find it in that thread's removed lists).
            v = d.get(("u", t, i))
            assert v is None or v == [("u", t, i)], i
    removed[t] = mine


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
lists = [v for mine in removed if mine is not None for v in mine] + list(d.values())
items = [x for v in lists for x in v]
appended = [x for x in items if len(x) == 2]
updated = [x for x in items if len(x) == 3]
print("appended items:", len(appended), "distinct:", len(set(appended)), "expected:", T * N)
print("sum of their i:", sum(i for t, i in appended), "expected:", T * (N * (N - 1) // 2))
print("update items:", len(updated), "distinct:", len(set(updated)), "expected:", T * 2 * len(range(0, N, 13)))
print("each list holds items of one key:", all(
    len(set(x[0] if len(x) == 3 else x[1] % K for x in v)) <= 1 for v in lists))
print("lists appear once:", len(set(id(v) for v in lists)) == len(lists))
