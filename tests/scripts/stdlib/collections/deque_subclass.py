# Subclasses of collections.deque: construction through __init__, methods,
# repr, copies and operators keep the subclass.
from collections import deque


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!>", type(e).__name__ + ":", e)


class D(deque):
    pass


d = D([1, 2], 4)
print(d, type(d).__name__, isinstance(d, deque), len(d), d.maxlen)
d.append(3)
d.appendleft(0)
d.append(4)
print(d, d[0], d[-1], 2 in d, list(d), list(reversed(d)), d.pop(), d.popleft(), d)
d[0] = 'x'
del d[1]
print(d, d == deque(['x']), d == D(['x']), d != D(['y']))
t("copy", lambda: d.copy())
t("+", lambda: D([1, 2]) + D([3]))
t("deque + D", lambda: deque([1]) + D([2]))
t("*", lambda: D([1, 2]) * 2)
t("hash", lambda: hash(D()))
t("bool", lambda: (bool(D()), bool(D([0]))))
d = D('ab')
d += 'cd'
print("+=", d, type(d).__name__)
d.attr = 5
print("attribute", d.attr)


class E(deque):
    def __init__(self, a, b):
        super().__init__([a, b])
        self.label = "E"

    def total(self):
        return sum(self)


e = E(1, 2)
print(e, e.label, e.total(), len(e))
t("copy calls E(d)", lambda: e.copy())


class F(deque):
    def __repr__(self):
        return "F!"

    def append(self, x):
        super().append(x * 10)


f = F([1])
f.append(2)
print([f], f == deque([1, 20]), list(f))


class Bounded(deque):
    def __init__(self, items=()):
        super().__init__(items, maxlen=3)


b = Bounded(range(10))
print(b, b.maxlen)
