# 8 threads call next() on one generator. A thread that finds it running in
# another thread gets "ValueError: generator already executing" (as in
# CPython) and tries again; whoever gets an item gets it alone, so every
# item is consumed exactly once in total. The generator's own locals (a
# running sum it checks on each step) must stay consistent: no two threads
# may run its frame at once. Then a second generator is consumed the same
# way while one more thread tries to close() it: a close that meets the
# generator running in another thread raises the same ValueError, and a
# close that returns has really finished it, so nothing comes after.
import threading

T = 8
M = 40000

barrier = threading.Barrier(T)
finished = [False] * T
got = [None] * T
busy = [0] * T
other_errors = []
second_got = [[] for t in range(T)]


def numbers():
    total = 0
    for i in range(M):
        before = total
        total += i
        assert total - before == i, (total, before, i)
        yield i, total
    assert total == M * (M - 1) // 2, total


shared = numbers()


def counting():
    for i in range(M):
        # Some work inside the frame, so the closer often finds it running.
        x = 0
        for j in range(5):
            x += j
        yield i


second = counting()
close_result = []
pulled_enough = threading.Event()


def worker(t):
    mine = []
    barrier.wait()
    while True:
        try:
            mine.append(next(shared))
        except StopIteration:
            break
        except ValueError as e:
            if str(e) != "generator already executing":
                other_errors.append(str(e))
                raise
            busy[t] += 1
    got[t] = mine
    barrier.wait()
    if t == 0:
        closer()
    else:
        consume_second(t)


def closer():
    pulled_enough.wait()
    attempts = 0
    while True:
        try:
            second.close()
            break
        except ValueError as e:
            assert str(e) == "generator already executing", e
            attempts += 1
    after = next(second, None)
    close_result.append(after)
    assert after is None, after


def consume_second(t):
    mine = []
    while True:
        try:
            mine.append(next(second))
        except StopIteration:
            break
        except ValueError as e:
            assert str(e) == "generator already executing", e
            continue
        if len(mine) == 1000:
            pulled_enough.set()
    second_got[t] = mine


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

items = [x for mine in got if mine is not None for x in mine]
print("threads finished:", sum(finished))
print("items:", len(items), "distinct:", len(set(i for i, total in items)), "sum:", sum(i for i, total in items))
print("expected:", M, M, M * (M - 1) // 2)
print("running sums right:", all(total == i * (i + 1) // 2 for i, total in items))
print("other errors:", other_errors)
print("exhausted:", next(shared, "done"))
items = [i for mine in second_got for i in mine]
print("second generator: closed, and nothing after the close:", close_result == [None])
print("its items each taken once, from the start on:", sorted(items) == list(range(len(items))))
