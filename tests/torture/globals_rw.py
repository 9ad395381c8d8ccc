# The module's globals written from 8 threads at once: four threads add and
# delete many names of their own through globals() (so the module dict
# grows, shrinks and is rebuilt) and all four set and delete the same
# common names; four write and delete a global of their own with the global
# statement; all of them keep reading a constant global and a global
# function, which must never go missing. Then one thread counts a global up
# while the others read it: they must never see it go back, and must see
# its last value once it is done. A global counter under a lock must come
# out exact.
import threading

T = 8
N = 80000
CONSTANT = 12345

barrier = threading.Barrier(T)
finished = [False] * T
lock = threading.Lock()
counter = 0
tick = -1
tick_done = threading.Event()


def helper(x):
    return x + 1


def by_name(t):
    g = globals()
    for i in range(N):
        name = "g%d_%d" % (t, i % 2000)
        g[name] = i
        assert g[name] == i, name
        assert CONSTANT == 12345
        if i % 2:
            del g[name]
            assert name not in g, name
        assert helper(i) == i + 1
        common = "common%d" % (i % 64)
        if i % 3:
            g[common] = i
        else:
            try:
                del g[common]
            except KeyError:
                pass


def own0(i):
    global slot0
    slot0 = i
    assert slot0 == i
    del slot0
    assert "slot0" not in globals()
    slot0 = -i


def own1(i):
    global slot1
    slot1 = i
    assert slot1 == i
    del slot1
    assert "slot1" not in globals()
    slot1 = -i


def own2(i):
    global slot2
    slot2 = i
    assert slot2 == i
    del slot2
    assert "slot2" not in globals()
    slot2 = -i


def own3(i):
    global slot3
    slot3 = i
    assert slot3 == i
    del slot3
    assert "slot3" not in globals()
    slot3 = -i


def by_statement(t):
    own = [own0, own1, own2, own3][t % 4]
    for i in range(N):
        own(i)
        assert CONSTANT == 12345
        assert helper(i) == i + 1


def worker(t):
    global counter
    barrier.wait()
    if t < 4:
        by_statement(t)
    else:
        by_name(t)
    for i in range(N):
        with lock:
            counter += 1
    if barrier.wait() == 0:
        count_up()
    else:
        watch_the_count()


def count_up():
    global tick
    for i in range(N):
        tick = i
    tick_done.set()


def watch_the_count():
    last = -1
    while not tick_done.is_set():
        now = tick
        assert now >= last, (now, last)
        last = now
    assert tick == N - 1, tick


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
print("counter:", counter, "expected:", T * N)
print("slots:", slot0, slot1, slot2, slot3)
names = sorted(k for k in globals() if k.startswith("g") and "_" in k)
print("names left:", len(names), "expected:", (T - 4) * 1000)
print("their values:", sum(globals()[k] for k in names))
print("all even:", all(globals()[k] % 2 == 0 for k in names))
common = [k for k in globals() if k.startswith("common")]
print("common names valid:", all(int(k[6:]) == globals()[k] % 64 and globals()[k] % 3 for k in common))
everything = list(globals())
print("no name twice:", len(everything) == len(set(everything)))
print("tick:", tick)
