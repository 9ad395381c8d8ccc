# collections.deque: what an iterator or a search does when the deque
# changes under it ("deque mutated during iteration"), and which changes
# count (d[i] = x and reverse() do not).
from collections import deque


def during_loop(label, op):
    d = deque([1, 2, 3, 4])
    out = []
    try:
        for x in d:
            out.append(x)
            op(d)
    except RuntimeError as e:
        print(label, out, "RuntimeError:", e)
        return
    print(label, out, d)


during_loop("append", lambda d: d.append(0))
during_loop("appendleft", lambda d: d.appendleft(0))
during_loop("setitem", lambda d: d.__setitem__(0, 9))
during_loop("rotate(1)", lambda d: d.rotate(1))
during_loop("rotate(0)", lambda d: d.rotate(0))
during_loop("reverse", lambda d: d.reverse())
during_loop("pop", lambda d: d.pop())
during_loop("popleft", lambda d: d.popleft())
during_loop("clear", lambda d: d.clear())
during_loop("extend([])", lambda d: d.extend([]))
during_loop("extend([1])", lambda d: d.extend([1]))
during_loop("insert", lambda d: d.insert(0, 1))
during_loop("del", lambda d: d.__delitem__(-1))
during_loop("remove", lambda d: d.remove(4) if 4 in d else None)
during_loop("count", lambda d: d.count(4))
during_loop("+= []", lambda d: d.__iadd__([]))
during_loop("*= 1", lambda d: d.__imul__(1))
during_loop("*= 2", lambda d: d.__imul__(2) if len(d) < 10 else None)

d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(5)
for attempt in range(2):
    try:
        print(next(it))
    except RuntimeError as e:
        print("RuntimeError:", e)
print("length hint once changed:", it.__length_hint__())

d = deque([1, 2, 3])
it = reversed(d)
print(next(it))
d.appendleft(0)
try:
    next(it)
except RuntimeError as e:
    print("reversed: RuntimeError:", e)


class Grows:
    """Equal to nothing; appends to the deque while being compared."""

    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(99)
        return False


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!>", type(e).__name__ + ":", e)


d = deque([1, 2, 3])
t("count", lambda: d.count(Grows(d)))
d = deque([1, 2, 3])
t("index", lambda: d.index(Grows(d)))
d = deque([1, 2, 3])
t("remove", lambda: d.remove(Grows(d)))
d = deque([1, 2, 3])
t("in", lambda: Grows(d) in d)
print(d)


class Loud:
    """Compares by value and says so."""

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  compare", self.v, "with", other.v if isinstance(other, Loud) else other)
        return isinstance(other, Loud) and self.v == other.v

    def __repr__(self):
        return "Loud(%d)" % self.v


d = deque([Loud(1), Loud(2), Loud(3)])
print("count", d.count(Loud(2)))
print("index", d.index(Loud(3)))
d.remove(Loud(2))
print("removed", d)
print("in", Loud(3) in d)
nan = float("nan")
print("identity first:", nan in deque([nan]), deque([nan]).count(nan), deque([nan]).index(nan))
