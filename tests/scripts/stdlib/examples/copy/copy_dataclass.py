"""copy/deepcopy with dataclasses, __slots__, replace, and copy.replace-like helpers."""
import copy
import threading
from dataclasses import dataclass, field, replace, asdict
from typing import List


@dataclass
class Config:
    name: str
    tags: List[str] = field(default_factory=list)
    retries: int = 3


base = Config('base', ['a'])
c1 = copy.copy(base)
c2 = copy.deepcopy(base)
c3 = replace(base, name='derived')
base.tags.append('b')
print(c1, c2, c3, sep='\n')
print(asdict(base))


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Slotted({self.x!r}, {self.y!r})'


s = Slotted(1, [2])
s2 = copy.deepcopy(s)
s2.y.append(3)
print(s, s2, copy.copy(s).y is s.y)


class WithState:
    def __init__(self):
        self.data = {'n': 1}
        self.cache = 'expensive'

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


w = copy.deepcopy(WithState())
print(w.data, w.cache)
print(copy.copy([1, [2]]), copy.copy({1: 2}), copy.copy({1, 2}), copy.copy(bytearray(b'ab')))
try:
    copy.deepcopy({"lock": threading.Lock()})
except TypeError as e:
    print('TypeError:', e)
