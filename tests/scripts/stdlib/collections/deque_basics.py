# collections.deque: construction, both ends, maxlen, indexing, rotate,
# search, repr, comparisons and operators.
from collections import deque


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!>", type(e).__name__ + ":", e)


d = deque()
print(d, len(d), bool(d), d.maxlen)
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), bool(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([9, 8])
print(d)
d.rotate()
print("rotate()", d)
d.rotate(-3)
print("rotate(-3)", d)
d.rotate(100)
print("rotate(100)", d)
d.reverse()
print("reverse", d)
d.clear()
print("clear", d, len(d))

print(deque("abc"), deque(range(4)), deque((x * x for x in range(4))), deque({'k': 1}))
print(deque([1, 2, 3], 2), deque([1, 2, 3], maxlen=2), deque(maxlen=0), deque(iterable=[1], maxlen=2))
print(deque([1, 2], maxlen=None).maxlen, deque([], 5).maxlen, deque(maxlen=True).maxlen)

b = deque(range(3), 3)
b.append(3)
print("bounded append", b)
b.appendleft(-1)
print("bounded appendleft", b)
b.extend([10, 11])
print("bounded extend", b)
b.extendleft("xyz")
print("bounded extendleft", b)
t("insert into a full deque", lambda: b.insert(0, 5))
z = deque(range(3), 0)
z.append(4)
z.extendleft([1, 2])
print("maxlen=0", z)

x = deque(range(7))
x.insert(100, 'e')
x.insert(-100, 's')
x.insert(-1, 'm')
x.insert(3, 'i')
print("insert", x)
del x[2]
del x[-1]
x[-1] = 'z'
x[0] = 'a'
print("del/set", x)
print("count", deque([1, 2, 1, 1, 3]).count(1), deque([1, 2]).count(5), deque([[1], 1]).count([1]))
print("index", deque("abcabc").index("c"), deque("abcabc").index("c", 3), deque("abcabc").index("a", -3),
      deque("abcabc").index("b", 0, 2), deque(range(5)).index(3, -4, -1), deque([1, 2]).index(2, -2 ** 70))
r = deque([1, 2, 3, 2])
r.remove(2)
print("remove", r)
print("in", 2 in r, 5 in r, [1] in deque([[1]]), 'a' not in deque('bc'))
print("iter", list(deque("abc")), list(reversed(deque("abc"))), sorted(deque([3, 1, 2])), sum(deque([1, 2, 3])))
print("length_hint", iter(deque([1, 2, 3])).__length_hint__(), reversed(deque([1, 2])).__length_hint__())
it = iter(deque([1, 2, 3]))
next(it)
print("length_hint after next", it.__length_hint__(), list(it), it.__length_hint__())

print("repr", repr(deque([deque([1])], maxlen=3)), str(deque(['a', None, 1.5])))
s = deque()
s.append(s)
print("self-reference", s)
print("types", type(deque()), type(iter(deque())), type(reversed(deque())), deque.__name__, deque.__module__)

print("== ", deque() == deque(), deque([1, 2]) == deque([1, 2]), deque([1]) == deque([1], maxlen=3),
      deque([1]) == [1], deque([1]) != [1], deque([1, 2]) != deque([1, 3]))
print("< ", deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([1, 2]) > deque([1]),
      deque([2]) >= deque([1, 5]), deque() < deque([0]))
print("+ ", deque([1, 2]) + deque([3]), deque('abc', 4) + deque('de'))
print("* ", deque('ab') * 2, 2 * deque('ab'), deque('abc', 4) * 2, deque('abc') * -1, deque('ab') * 0, deque('ab') * True)
d = deque([1, 2, 3])
d += 'ab'
print("+=", d)
d = deque([1, 2])
d *= 3
print("*=", d)
d = deque([1, 2, 3], 4)
d *= 2
print("*= bounded", d)
d = deque([1, 2, 3])
d.extend(d)
print("extend self", d)
d = deque([1, 2, 3])
d.extendleft(d)
print("extendleft self", d)
d = deque([1, 2, 3])
d += d
print("+= self", d)
d = deque([1, 2])
d.__init__('xyz')
print("__init__ again", d)
d.__init__('ab', 1)
print("__init__ with maxlen", d, d.maxlen)
print("copy", deque([1, 2], 5).copy(), deque([1, 2], 5).__copy__(), deque([[1]]).copy()[0] is deque([[1]])[0])
c = deque([[1], 2])
cc = c.copy()
cc[0].append(5)
cc.append(3)
print("copy is shallow", c, cc)

# The dunders called directly.
d = deque([1, 2])
print(d.__len__(), d.__getitem__(1), d.__contains__(2), d.__eq__([1, 2]), d.__eq__(deque([1, 2])),
      d.__lt__(deque()), list(d.__iter__()), list(d.__reversed__()), d.__repr__())
print(d.__add__(deque([3])), d.__mul__(2), d.__rmul__(2), d.__iadd__([5]), d, d.__imul__(1))
