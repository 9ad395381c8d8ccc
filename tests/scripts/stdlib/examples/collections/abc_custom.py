"""Custom containers on collections.abc: mixin methods come for free."""
from collections.abc import Mapping, MutableMapping, Sequence, MutableSet, Iterable, Sized
from typing import Any, Dict, Iterator


class FrozenDict(Mapping):
    def __init__(self, *args, **kwargs) -> None:
        self._d: Dict[Any, Any] = dict(*args, **kwargs)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self) -> Iterator:
        return iter(self._d)

    def __len__(self) -> int:
        return len(self._d)

    def __repr__(self) -> str:
        return f'FrozenDict({self._d!r})'


class AttrDict(MutableMapping):
    def __init__(self, **kw) -> None:
        self.__dict__['_data'] = dict(kw)

    def __getitem__(self, k):
        return self._data[k]

    def __setitem__(self, k, v):
        self._data[k] = v

    def __delitem__(self, k):
        del self._data[k]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    __getattr__ = __getitem__


class Countdown(Sequence):
    def __init__(self, start: int) -> None:
        self.start = start

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not -len(self) <= i < len(self):
            raise IndexError('Countdown index out of range')
        return self.start - (i % len(self))

    def __len__(self) -> int:
        return self.start + 1


class ListSet(MutableSet):
    def __init__(self, items=()) -> None:
        self.items = []
        for i in items:
            self.add(i)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return f'ListSet({self.items})'


fd = FrozenDict(a=1, b=2)
print(fd, fd['a'], fd.get('z', 0), 'b' in fd, list(fd.keys()), list(fd.items()), len(fd))
print(fd == {'a': 1, 'b': 2}, dict(fd))
ad = AttrDict(x=1)
ad['y'] = 2
ad.update(z=3)
print(ad.x, ad.y, dict(ad), ad.pop('z'), ad.setdefault('w', 9), sorted(ad))
c = Countdown(5)
print(list(c), c[0], c[-1], c[1:3], 3 in c, c.index(2), c.count(1), list(reversed(c)))
s = ListSet([3, 1, 3, 2])
print(s, s | {9}, s & {1, 2}, s - {1}, s.isdisjoint({7}), s <= {1, 2, 3, 4})
s.remove(1)
print(s, isinstance(s, Iterable), isinstance([], Sequence), isinstance({}, Mapping), isinstance(3, Sized))
try:
    s.remove(42)
except KeyError as e:
    print('KeyError', e)


class Incomplete(Mapping):
    def __getitem__(self, k):
        return k


try:
    Incomplete()
except TypeError as e:
    print('TypeError:', e)
