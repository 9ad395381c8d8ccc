# 8 threads on shared lists, six phases, each started by a barrier:
# 1. append and extend with items of their own: none lost, none doubled;
#    meanwhile insert at the front and remove an own item, checking it with
#    `in` and index after each own operation;
# 2. pop the list empty together: every item comes out exactly once;
# 3. half the threads append while the other half pop until the producers
#    are done and the list is empty: every item popped exactly once;
# 4. each thread owns a stretch of a fixed-length list and writes it by
#    index and by same-length slice assignment, reading back its own
#    stretch, while the others read slices of the whole list;
# 5. one thread sorts and reverses the list over and over while the others
#    append: a sort is one operation, so no append may be lost;
# 6. half the threads append and pop while the others assign, delete and
#    read slices and iterate: whatever the lengths, no crash, and every
#    item left is one that was put in.
import threading

T = 8
N = 6000

shared = []
board = [0] * (T * 100)
barrier = threading.Barrier(T)
finished = [False] * T
popped = [None] * T
handed = [None] * T
producing = [T // 2]
producing_lock = threading.Lock()


def phase_grow(t):
    for i in range(N):
        if i % 4 == 3:
            shared.extend([(t, i, 0), (t, i, 1)])
        else:
            shared.append((t, i, 0))
        if i % 256 == 0:
            marker = ("m", t, i)
            shared.insert(0, marker)
            assert marker in shared, marker
            assert shared.index(marker) >= 0, marker
            shared.remove(marker)
            assert marker not in shared, marker


def phase_pop_all(t):
    mine = []
    while True:
        try:
            mine.append(shared.pop())
        except IndexError:
            break
    popped[t] = mine


def phase_hand_over(t):
    if t % 2 == 0:
        for i in range(N):
            shared.append((t, i))
        with producing_lock:
            producing[0] -= 1
        return
    mine = []
    while True:
        with producing_lock:
            done = producing[0] == 0
        try:
            mine.append(shared.pop(0 if len(mine) % 2 else -1))
        except IndexError:
            if done:
                break
    handed[t] = mine


def phase_board(t):
    lo, hi = t * 100, (t + 1) * 100
    for r in range(N // 60):
        for i in range(lo, hi, 7):
            board[i] = (t, r, i)
            assert board[i] == (t, r, i), i
        board[lo:hi] = [(t, r, i) for i in range(lo, hi)]
        assert board[lo:hi] == [(t, r, i) for i in range(lo, hi)], r
        assert len(board) == T * 100
        whole = board[:]
        assert len(whole) == T * 100
        assert all(x == 0 or x[0] == j // 100 for j, x in enumerate(whole) if j % 37 == 0)


def phase_sort(t):
    if t == 0:
        for r in range(N // 30):
            numbers.sort()
            numbers.reverse()
        return
    for i in range(N):
        numbers.append(t * N + i)


def valid(x):
    return x == "s" or (type(x) is tuple and len(x) == 2 and 0 <= x[0] < T and 0 <= x[1] < N)


def phase_slices(t):
    if t % 2 == 0:
        for i in range(N):
            shared.append((t, i))
            if i % 3 == 0:
                try:
                    assert valid(shared.pop(0 if i % 2 else -1))
                except IndexError:
                    pass
        return
    for i in range(N // 10):
        shared[1:3] = ["s", "s"]
        del shared[5:7]
        shared[-4:] = []
        head = shared[:10]
        assert all(valid(x) for x in head), head
        backwards = shared[::-3]
        assert all(valid(x) for x in backwards)
        try:
            shared[::4] = ["s"] * len(range(0, len(shared), 4))
        except ValueError:
            pass  # the length changed between the two sides: as in CPython
        del shared[::7]
        if i % 20 == 0:
            for x in shared:
                assert valid(x), x


def worker(t):
    barrier.wait()
    phase_grow(t)
    if barrier.wait() == 0:
        grown.append(sorted(shared) == sorted(
            (u, i, k) for u in range(T) for i in range(N) for k in range(2 if i % 4 == 3 else 1)))
    barrier.wait()
    phase_pop_all(t)
    barrier.wait()
    phase_hand_over(t)
    barrier.wait()
    phase_board(t)
    barrier.wait()
    phase_sort(t)
    barrier.wait()
    phase_slices(t)


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
numbers = []
threads = [threading.Thread(target=guarded, args=(t,)) for t in range(T)]
for th in threads:
    th.start()
for th in threads:
    th.join()

print("threads finished:", sum(finished))
print("after appending, exactly the expected items:", grown)
items = [x for mine in popped if mine is not None for x in mine]
print("pop gave", len(items), "items,", len(set(items)), "distinct")
items = [x for mine in handed if mine is not None for x in mine]
print("handed over", len(items), "items,", len(set(items)), "distinct, expected", T // 2 * N)
print("board:", board == [(i // 100, N // 60 - 1, i) for i in range(T * 100)])
print("appended while sorting:", len(numbers), sorted(numbers) == list(range(N, T * N)))
print("after the slices, every item valid:", all(valid(x) for x in shared))
