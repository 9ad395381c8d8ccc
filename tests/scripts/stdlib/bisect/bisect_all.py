# bisect: every function with lo, hi and key, against CPython, and the
# error messages of its C argument parsing.
import bisect


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!>", type(e).__name__ + ":", e)


a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print("lo/hi", bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect(a, 5, lo=1, hi=4),
      bisect.bisect_left(a, 2, hi=2), bisect.bisect([1, 2, 3], 2, 0, -1), bisect.bisect([1, 2, 3], 2, 0, None))
recs = [("a", 1), ("b", 2), ("c", 2), ("d", 4)]
second = lambda p: p[1]
print("key", bisect.bisect_left(recs, 2, key=second), bisect.bisect_right(recs, 2, key=second),
      bisect.bisect(recs, 3, key=second), bisect.bisect_left(recs, 2, 2, key=second))
l = []
for x in (5, 1, 3, 3, 9, 0):
    bisect.insort(l, x)
print("insort", l)
l2 = [1, 3, 3, 5]
bisect.insort_left(l2, 3.0)
bisect.insort_right(l2, 3.5)
print("insort_left/right", l2)
r = [("x", 1), ("y", 3)]
bisect.insort(r, ("m", 2), key=second)
bisect.insort_left(r, ("n", 3), key=second)
bisect.insort_right(r, ("o", 3), key=second)
bisect.insort(r, ("z", 0), 0, 1, key=second)
print("insort key", r)
s = "acegi"
print("on a str", bisect.bisect(s, "d"), bisect.bisect_left(s, "e"), bisect.bisect(range(0, 100, 10), 35))

t("negative lo", lambda: bisect.bisect([1, 2, 3], 2, -1))
t("not a sequence", lambda: bisect.bisect(5, 2))
t("no x", lambda: bisect.bisect([1]))
t("no arguments", lambda: bisect.bisect())
t("str lo", lambda: bisect.bisect([1], 2, 'a'))
t("str hi", lambda: bisect.bisect([1], 2, 0, 'a'))
t("hi past the end", lambda: bisect.bisect([1], 2, 0, 5))
t("five positional", lambda: bisect.bisect([1, 2], 2, 0, 1, 7))
t("six arguments", lambda: bisect.bisect([1, 2], 2, lo=0, hi=1, key=None, z=1))
t("insort into a tuple", lambda: bisect.insort((1, 2), 2))
t("incomparable", lambda: bisect.bisect_left([1, 2], 'a'))
t("insort incomparable", lambda: bisect.insort([1, 'a'], 2))
t("huge lo", lambda: bisect.bisect([1, 2, 3], 2, 2 ** 70))
t("float lo", lambda: bisect.bisect([1, 2, 3], 2, 1.5))
t("unknown keyword", lambda: bisect.bisect([1], 2, foo=1))
t("a by name and position", lambda: bisect.bisect_left([1], 2, a=[1]))
print(sorted(bisect.__all__) if hasattr(bisect, "__all__") else None)
