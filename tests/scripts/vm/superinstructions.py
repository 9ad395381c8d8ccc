# Instruction pairs the compiler fuses (LoadFast+LoadFast, LoadFast+LoadConst,
# LoadFast+ReturnValue, StoreFast+LoadFast, LoadFast+LoadMethod,
# LoadConst+Binary, ForIter+StoreFast) must keep every behaviour of the pair.


def second_unbound():
    a = 1
    if a > 5:
        b = 2
    return a + b


def first_unbound():
    if False:
        a = 1
    b = 2
    return a + b


def return_unbound():
    if False:
        r = 1
    return r


def store_then_load(xs):
    total = 0
    for x in xs:
        y = x
        total = total + y * 2
    return total


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def add(self, other):
        return Box(self.v + other.get())


def methods():
    a = Box(3)
    b = Box(4)
    c = a.add(b)
    return c.get()


def shadowed_method():
    b = Box(1)
    b.get = lambda: "instance attribute wins"
    return b.get()


def const_binary(s, t):
    return (s + t) * 3 - (s - t) % 7


for f in (second_unbound, first_unbound, return_unbound):
    try:
        f()
    except UnboundLocalError as e:
        print(type(e).__name__, e)

print(store_then_load(range(5)))
print(store_then_load([1.5, 2.5]))
print(methods())
print(shadowed_method())
print(const_binary(10, 4), const_binary("ab", "cd") if False else const_binary(2.5, 0.5))
for i in []:
    print("never")
else:
    print("empty loop")
words = []
for w in "a b c".split():
    words.append(w.upper())
print(words, w)
print([k * 2 for k in range(4)], {k: v for k, v in zip("xy", (1, 2))})


# `x is None` / `x is not None` as conditions jump on the value itself.
class AlwaysEqual:
    def __eq__(self, other):
        return True


def nones(values):
    out = []
    for v in values:
        if v is None:
            out.append("none")
        elif not (v is not None):
            out.append("unreachable")
        else:
            out.append("value")
    return out


print(nones([None, 0, "", AlwaysEqual(), False]))
node = [1, [2, [3, None]]]
count = 0
while node is not None:
    count += node[0]
    node = node[1]
print(count)
a, b = None, 5
print(a is None and b is not None, a is not None or b is None)
print([x for x in (None, 1, None, 2) if x is not None])


# Compare-and-jump on a local and a constant, or two locals: the fast path
# (ints, floats, NaN), the general path (str, rich comparisons that return
# non-bools), errors, and an unbound local.
class Loose:
    def __lt__(self, other):
        return ""

    def __ge__(self, other):
        return [1]

    def __repr__(self):
        return "Loose()"


def tests(n, m):
    out = []
    if n < 2:
        out.append("n<2")
    if n >= m:
        out.append("n>=m")
    if not n != 3:
        out.append("n==3")
    while n < m:
        n += 1
    out.append(n)
    return out


print(tests(1, 5), tests(3, 3), tests(2.5, 4.0))
nan = float("nan")
print(tests(nan, 3), tests(nan, nan))
print(tests(Loose(), Loose()))


def strings(s, t):
    if s < "m":
        return "low"
    if s <= t:
        return "le"
    return "high"


print(strings("a", "z"), strings("q", "z"), strings("z", "a"))
try:
    strings(5, "z")
except TypeError as e:
    print("TypeError:", e)


def unbound():
    if later < 1:
        pass
    later = 0


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_pair(flag):
    if flag:
        a = 1
    b = 2
    if a < b:
        return "a<b"


print(unbound_pair(True))
try:
    unbound_pair(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
