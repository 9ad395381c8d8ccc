# Instance and class attributes set, deleted and rebound (one thread the
# class's, one the instance's, methods too) while six other threads read
# them and call the methods. A read or a call must give one of the values
# that were really there, or raise AttributeError; never a wrong value or a
# crash. Those six also keep attributes of their own on the same instance
# (so its __dict__ grows and is rebuilt), which must always read back
# exactly. At the end of each round, once the rebinding is over, every
# reader must see the final state through the very instructions (and so
# the same attribute caches) it read with all along.
import threading

T = 8
N = 1000
ROUNDS = 16


def make_class():
    class Shared:
        kind = "class"

        def method(self):
            return 1
    return Shared


def method_two(self):
    return 2


def method_three(self):
    return 3


# A fresh class and instance each round: the first rebinding of a class has
# been seen to leave a stale method behind.
classes = [make_class() for rnd in range(ROUNDS)]
objects = [cls() for cls in classes]
for o in objects:
    o.value = 0
barrier = threading.Barrier(T)
finished = [False] * T
calls = [0] * T
class_done = [False] * ROUNDS
instance_done = [False] * ROUNDS


def rebind_class(r):
    Shared = classes[r]
    for i in range(N):
        if i % 3 == 0:
            Shared.method = method_two
        elif i % 3 == 1:
            del Shared.method
        else:
            Shared.method = method_three
        Shared.kind = "class%d" % (i % 3)
    Shared.kind = "final%d" % r
    Shared.method = [method_two, method_three][r % 2]


def rebind_instance(r):
    obj = objects[r]
    for i in range(N):
        if i % 2 == 0:
            obj.method = lambda: 4
        else:
            del obj.method
        obj.value = i % 5
        if i % 7 == 0:
            del obj.value
    obj.method = lambda: 4
    del obj.method
    obj.value = 5 + r


def look(t, obj, rnd, final):
    # One place that reads and calls, so the same instructions serve while
    # the others rebind and after they have finished.
    try:
        r = obj.method()
        assert r in (1, 2, 3, 4), r
        calls[t] += 1
    except AttributeError as e:
        assert "method" in str(e), e
        r = None
    try:
        m = obj.method
        assert m() in (1, 2, 3, 4)
    except AttributeError as e:
        assert "method" in str(e), e
        m = None
    try:
        v = obj.value
        assert v in (0, 1, 2, 3, 4, 5 + rnd), v
    except AttributeError as e:
        assert "value" in str(e), e
        v = None
    kind = obj.kind
    assert kind[:5] in ("class", "final"), kind
    if final:
        expected = (2 + rnd % 2, 5 + rnd, "final%d" % rnd)
        assert (r, v, kind) == expected, (r, v, kind, expected)
        assert m() == expected[0], (m(), expected)


def caller(t, rnd):
    obj = objects[rnd]
    for i in range(N):
        look(t, obj, rnd, False)
        name = "own%d_%d" % (t, i % 97)
        setattr(obj, name, i)
        assert getattr(obj, name) == i, name
        if i % 3 == 0:
            delattr(obj, name)
            assert not hasattr(obj, name), name
            setattr(obj, name, -i)
    while not (class_done[rnd] and instance_done[rnd]):
        look(t, obj, rnd, False)
    look(t, obj, rnd, True)


def worker(t):
    for rnd in range(ROUNDS):
        barrier.wait()
        if t == 0:
            rebind_class(rnd)
            class_done[rnd] = True
        elif t == 1:
            rebind_instance(rnd)
            instance_done[rnd] = True
        else:
            caller(t, rnd)


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
own = {k: v for k, v in vars(objects[-1]).items() if k.startswith("own")}
print("own attributes:", len(own), "expected:", (T - 2) * 97)
last = {}
for i in range(N):
    last[i % 97] = i if i % 3 else -i
print("their values exact:", all(own.get("own%d_%d" % (t, j)) == last[j] for t in range(2, T) for j in range(97)))
obj = objects[-1]
obj.method = lambda: 5
print("after the storm:", obj.method(), classes[-1].kind, obj.value)
print("some calls succeeded:", sum(calls) > 0)
