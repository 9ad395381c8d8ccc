"""OrderedDict: move_to_end, popitem(last=False), LRU recipe from the docs."""
from collections import OrderedDict


class LRU(OrderedDict):
    'Limit size, evicting the least recently looked-up key when full'

    def __init__(self, maxsize=128, /, *args, **kwds):
        self.maxsize = maxsize
        super().__init__(*args, **kwds)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]


d = OrderedDict.fromkeys('abcde')
d.move_to_end('b')
print(''.join(d))
d.move_to_end('b', last=False)
print(''.join(d))
print(d.popitem(), d.popitem(last=False))
print(d)
cache = LRU(2)
cache['a'] = 1
cache['b'] = 2
cache['a']
cache['c'] = 3
print(list(cache.items()))
o1 = OrderedDict(a=1, b=2)
o2 = OrderedDict(b=2, a=1)
print(o1 == o2, dict(o1) == dict(o2), o1 == {'b': 2, 'a': 1})
print(list(reversed(o1)))
o = OrderedDict(sorted({'banana': 3, 'apple': 4, 'pear': 1, 'orange': 2}.items(), key=lambda t: t[1]))
print(o)
print(OrderedDict())
o |= {'kiwi': 0}
print(list(o.keys())[-1], o.setdefault('fig', 9), o.pop('fig'))
