class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return self.x * self.x + self.y * self.y
ps = [P(i, i + 1) for i in range(5)]
total = 0
for _ in range(3):
    for p in ps:
        p.x += 1
        total += p.norm()
print(total)
q = P(1, 2)
del q.x
for attempt in range(3):
    try:
        print(q.x)
    except AttributeError as e:
        print("AttributeError", e)
    q.x = attempt
    print(q.x)
    del q.x
try:
    q.z = 1
except AttributeError as e:
    print("AttributeError", e)
class Q(P):
    __slots__ = ("z",)
r = Q(1, 2)
for v in range(3):
    r.z = v
    r.x = r.z + r.x
print(r.x, r.z, r.norm())
class WithDict(P):
    pass
w = WithDict(3, 4)
w.extra = 5
for _ in range(2):
    w.x += w.extra
print(w.x, w.extra)
class Guarded:
    __slots__ = ("v",)
    def __setattr__(self, name, value):
        if value < 0:
            raise ValueError("negative")
        object.__setattr__(self, name, value)
g = Guarded()
for v in (1, 2, -1):
    try:
        g.v = v
        print(g.v)
    except ValueError as e:
        print("ValueError", e)
