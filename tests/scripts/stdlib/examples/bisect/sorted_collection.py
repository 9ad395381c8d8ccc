"""A SortedCollection-style class (the recipe the bisect docs point to), simplified."""
from bisect import bisect_left, bisect_right, insort
from typing import Any, Callable, Iterable, List, Optional


class SortedCollection:
    """Sequence sorted by a key function; supports find, ge/le lookups."""

    def __init__(self, iterable: Iterable = (), key: Optional[Callable] = None) -> None:
        self._given_key = key
        key = (lambda x: x) if key is None else key
        decorated = sorted((key(item), item) for item in iterable)
        self._keys: List[Any] = [k for k, item in decorated]
        self._items: List[Any] = [item for k, item in decorated]
        self._key = key

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __iter__(self):
        return iter(self._items)

    def __repr__(self) -> str:
        return '%s(%r, key=%s)' % (self.__class__.__name__, self._items,
                                   getattr(self._given_key, '__name__', repr(self._given_key)))

    def insert(self, item) -> None:
        k = self._key(item)
        i = bisect_left(self._keys, k)
        self._keys.insert(i, k)
        self._items.insert(i, item)

    def find(self, k):
        i = bisect_left(self._keys, k)
        if i != len(self) and self._keys[i] == k:
            return self._items[i]
        raise ValueError('No item found with key equal to: %r' % (k,))

    def find_le(self, k):
        i = bisect_right(self._keys, k)
        if i:
            return self._items[i - 1]
        raise ValueError('No item found with key at or below: %r' % (k,))

    def find_ge(self, k):
        i = bisect_left(self._keys, k)
        if i != len(self):
            return self._items[i]
        raise ValueError('No item found with key at or above: %r' % (k,))


def last_name(s: str) -> str:
    return s.split()[-1]


s = SortedCollection(['Ada Lovelace', 'Alan Turing', 'Grace Hopper'], key=last_name)
s.insert('Edsger Dijkstra')
print(s)
print(s.find('Turing'), '|', s.find_le('K'), '|', s.find_ge('K'))
try:
    s.find('Knuth')
except ValueError as e:
    print(e)
nums = SortedCollection([5, 1, 9])
nums.insert(4)
print(list(nums), nums[0], len(nums), nums.find_ge(6))
scores: List[int] = []
for x in [70, 50, 90, 50]:
    insort(scores, x)
print(scores)
