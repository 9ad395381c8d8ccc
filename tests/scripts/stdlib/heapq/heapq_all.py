# heapq: every function, the exact heap layout CPython builds, the order of
# equal items, and the error messages.
import heapq


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!>", type(e).__name__ + ":", e)




class Numbers:
    """A small linear congruential generator: the same numbers everywhere."""

    def __init__(self, seed):
        self.x = seed

    def randint(self, lo, hi):
        self.x = (self.x * 1103515245 + 12345) % 2 ** 31
        return lo + self.x % (hi - lo + 1)


r = Numbers(7)
data = [r.randint(0, 50) for _ in range(30)]
h = list(data)
heapq.heapify(h)
print("heapify", h)
for x in (3, 99, -1, 25):
    heapq.heappush(h, x)
print("heappush", h)
print("heappop", [heapq.heappop(h) for _ in range(5)], h)
print("heapreplace", heapq.heapreplace(h, 100), h)
print("heappushpop small", heapq.heappushpop(h, -5), h)
print("heappushpop large", heapq.heappushpop(h, 60), h)
print("heappushpop empty", heapq.heappushpop([], 1))
out = []
while h:
    out.append(heapq.heappop(h))
print("heap sort", out == sorted(out), out[:5])

pairs = [(r.randint(0, 4), i) for i in range(20)]
first = lambda p: p[0]
for n in (-1, 0, 1, 2, 5, 19, 20, 25):
    print("nlargest", n, heapq.nlargest(n, pairs, key=first))
    print("nsmallest", n, heapq.nsmallest(n, pairs, key=first))
print("nlargest iter", heapq.nlargest(3, iter(data)), heapq.nlargest(3, iter(pairs), key=first))
print("nsmallest iter", heapq.nsmallest(3, iter(data)), heapq.nsmallest(3, iter(pairs), key=first))
print("n of empty", heapq.nlargest(3, []), heapq.nsmallest(1, iter([])), heapq.nlargest(2, iter([]), key=abs))
print("nlargest strings", heapq.nlargest(2, "hello world".split()), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))

a = [(1, 'a'), (3, 'a'), (5, 'a')]
b = [(1, 'b'), (2, 'b'), (5, 'b')]
c = [(0, 'c'), (5, 'c')]
print("merge", list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print("merge key", list(heapq.merge(a, b, c, key=first)))
print("merge reverse", list(heapq.merge([5, 3, 1], [6, 2], reverse=True)))
print("merge key reverse", list(heapq.merge(a[::-1], b[::-1], c[::-1], key=first, reverse=True)))
print("merge empty", list(heapq.merge()), list(heapq.merge([], [1], [])), list(heapq.merge("ace", "bd")))
g = heapq.merge([1, 2], [1, 3])
print("merge is lazy", type(g).__name__, next(g), list(g))

t("heappush to an int", lambda: heapq.heappush(1, 2))
t("heappush one argument", lambda: heapq.heappush([]))
t("heappush three arguments", lambda: heapq.heappush([], 1, 2))
t("heappush keyword", lambda: heapq.heappush([], x=1))
t("heappop empty", lambda: heapq.heappop([]))
t("heappop tuple", lambda: heapq.heappop((1,)))
t("heappop no argument", lambda: heapq.heappop())
t("heapify tuple", lambda: heapq.heapify((1,)))
t("heapify no argument", lambda: heapq.heapify())
t("heapreplace empty", lambda: heapq.heapreplace([], 1))
t("heappushpop tuple", lambda: heapq.heappushpop((), 1))
t("heapify mixed", lambda: heapq.heapify([1, 'a']))
t("nlargest bad key", lambda: heapq.nlargest(2, [1, 2, 3], 5))
t("nlargest bad n", lambda: heapq.nlargest('a', [1, 2, 3]))
t("nlargest not iterable", lambda: heapq.nlargest(2, 5))
t("merge unknown keyword", lambda: list(heapq.merge([1], [2], foo=1)))
print(sorted(heapq.__all__))
