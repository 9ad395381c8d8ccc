# The mixin methods of collections.abc, on classes that inherit from the
# ABCs: Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet,
# Iterator, and the views.
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet,
                             Iterator, Iterable, Sized, Container, Hashable, Callable, Collection,
                             KeysView, ItemsView, ValuesView, Generator, Reversible)


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)


m = Frozen(a=1, b=2)
print(m["a"], m.get("b"), m.get("z"), m.get("z", 0), "a" in m, "z" in m, len(m), list(m))
print(list(m.keys()), list(m.items()), list(m.values()), m.keys(), len(m.values()))
print(m == {"a": 1, "b": 2}, m == Frozen(a=1, b=2), m == Frozen(a=1), m != {"a": 1})
print(("a", 1) in m.items(), ("a", 2) in m.items(), 2 in m.values(), "b" in m.keys())
print(sorted(m.keys() & {"a", "z"}), sorted(m.keys() | {"z"}), sorted(m.keys() - {"a"}), sorted(m.keys() ^ {"a", "q"}))
print(m.keys() == {"a", "b"}, m.keys() <= {"a", "b", "c"}, m.keys() < {"a"}, m.keys().isdisjoint({"x"}))


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)


s = Store()
s.update({"a": 1}, b=2)
s.update([("c", 3)])
print(dict(s), s.setdefault("a", 9), s.setdefault("d", 4), s.pop("b"), s.pop("zz", None), dict(s))
print(s.popitem(), dict(s))
try:
    s.pop("nope")
except KeyError as e:
    print("KeyError", e)
s.clear()
print(dict(s), len(s))
try:
    s.popitem()
except KeyError:
    print("popitem on empty: KeyError")


class Seq(Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


q = Seq(1, 2, 3, 2)
print(list(q), 2 in q, 9 in q, list(reversed(q)), q.index(2), q.index(2, 2), q.count(2), len(q))
try:
    q.index(9)
except ValueError:
    print("index of a missing item: ValueError")


class Vec(MutableSequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return "Vec%r" % (tuple(self._items),)


v = Vec(1, 2)
v.append(3)
v.extend([4, 5])
v += [6]
print(v, v.pop(), v.pop(0), v)
v.remove(3)
v.reverse()
print(v)
v.clear()
print(v)


class Bag(MutableSet):
    def __init__(self, items=()):
        self._s = set()
        for x in items:
            self._s.add(x)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)

    def __repr__(self):
        return "Bag(%r)" % sorted(self._s)


a, b = Bag([1, 2, 3]), Bag([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, Bag([2]) < a, a == Bag([3, 2, 1]), a.isdisjoint(Bag([9])))
a.remove(1)
a |= [7]
a -= [2]
print(a, a.pop(), a)
a ^= [3, 9]
print(a)
try:
    a.remove(100)
except KeyError as e:
    print("KeyError", e)


class Count(Iterator):
    def __init__(self, n):
        self.i, self.n = 0, n

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


c = Count(3)
print(iter(c) is c, list(c))
for cls in (Iterator, Iterable, Sized, Container, Callable, Collection, Mapping, MutableMapping,
            Sequence, MutableSequence, Set, MutableSet, KeysView, ItemsView, ValuesView, Generator, Reversible):
    print(cls.__name__, issubclass(Frozen, cls), issubclass(Vec, cls), issubclass(Bag, cls), issubclass(Count, cls))
