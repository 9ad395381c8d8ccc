# 8 threads on shared deques, five phases, each started by a barrier:
# 1. every thread appends and appendlefts items of its own (and extends
#    with pairs): none lost, none doubled;
# 2. pop and popleft the deque empty together: every item comes out once;
# 3. a work queue: half the threads append (and extendleft) jobs while the
#    other half popleft (and pop) until the producers are done and the
#    deque is empty: every job consumed exactly once, by count and by sum;
# 4. a bounded deque (maxlen) appended to from every thread while one
#    thread rotates it: its length never passes maxlen and every item in it
#    is one that was put in;
# 5. half the threads append/popleft while the others read d[0], d[-1],
#    len, `in`, count and iterate (a RuntimeError from an iterator another
#    thread changed is expected): no crash, no foreign item.
import threading
from collections import deque

T = 8
N = 5000

shared = deque()
barrier = threading.Barrier(T)
finished = [False] * T
popped = [None] * T
consumed = [None] * T
producing = [T // 2]
producing_lock = threading.Lock()
bounded = deque(maxlen=100)
bounded_ok = [True] * T
reader_errors = [0] * T


def phase_grow(t):
    for i in range(N):
        if i % 5 == 4:
            shared.extend([(t, i, 0), (t, i, 1)])
        elif i % 2:
            shared.appendleft((t, i, 0))
        else:
            shared.append((t, i, 0))


def phase_pop_all(t):
    mine = []
    while True:
        try:
            mine.append(shared.popleft() if len(mine) % 2 else shared.pop())
        except IndexError:
            break
    popped[t] = mine


def phase_queue(t):
    if t % 2 == 0:
        for i in range(N):
            if i % 7 == 0:
                shared.extendleft([t * N + i])
            else:
                shared.append(t * N + i)
        with producing_lock:
            producing[0] -= 1
        return
    mine = []
    while True:
        with producing_lock:
            done = producing[0] == 0
        try:
            mine.append(shared.popleft() if len(mine) % 3 else shared.pop())
        except IndexError:
            if done:
                break
    consumed[t] = mine


def phase_bounded(t):
    for i in range(N):
        if t == 0 and i % 10 == 0:
            bounded.rotate(3)
        bounded.append((t, i))
        n = len(bounded)
        if n > 100:
            bounded_ok[t] = False
        if i % 500 == 0:
            # copy() is one step; list(bounded) iterates, and with the GIL
            # off another thread's append may interrupt that (RuntimeError).
            for x in bounded.copy():
                if not (type(x) is tuple and 0 <= x[0] < T):
                    bounded_ok[t] = False


def valid(x):
    return type(x) is tuple and len(x) == 2 and 0 <= x[0] < T and 0 <= x[1] < N


def phase_readers(t):
    if t % 2 == 0:
        for i in range(N):
            shared.append((t, i))
            if i % 2:
                try:
                    assert valid(shared.popleft())
                except IndexError:
                    pass
        return
    for i in range(N // 10):
        try:
            assert valid(shared[0]) and valid(shared[-1])
        except IndexError:
            pass
        assert len(shared) >= 0
        if i % 10:
            continue
        try:
            # Tuples compare outside the deque's lock: a change meanwhile
            # raises RuntimeError, as in CPython when __eq__ mutates.
            assert ("nope", 0) not in shared
            assert shared.count(("nope", 0)) == 0
            for x in shared:
                assert valid(x), x
        except RuntimeError:
            reader_errors[t] += 1


def worker(t):
    barrier.wait()
    phase_grow(t)
    if barrier.wait() == 0:
        grown.append(sorted(shared) == sorted(
            (u, i, k) for u in range(T) for i in range(N) for k in range(2 if i % 5 == 4 else 1)))
    barrier.wait()
    phase_pop_all(t)
    barrier.wait()
    phase_queue(t)
    barrier.wait()
    phase_bounded(t)
    barrier.wait()
    phase_readers(t)


def guarded(t):
    # A failing thread breaks the barrier, so the others stop too instead
    # of waiting for it for ever.
    try:
        worker(t)
        finished[t] = True
    except BaseException:
        barrier.abort()
        raise


grown = []
threads = [threading.Thread(target=guarded, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

print("threads finished:", sum(finished))
print("after appending, exactly the expected items:", grown)
items = [x for mine in popped if mine is not None for x in mine]
print("pop and popleft gave", len(items), "items,", len(set(items)), "distinct")
jobs = [x for mine in consumed if mine is not None for x in mine]
expected = [t * N + i for t in range(0, T, 2) for i in range(N)]
print("work queue:", len(jobs), "jobs consumed,", len(set(jobs)), "distinct, expected", len(expected))
print("work queue sum right:", sum(jobs) == sum(expected))
print("bounded deque kept its bound:", all(bounded_ok), len(bounded), bounded.maxlen)
print("after the readers, every item valid:", all(valid(x) for x in shared))
