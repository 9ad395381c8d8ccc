"""singledispatch with union annotations (3.11), ABCs, and methods using cache."""
from __future__ import annotations  # noqa: F404 - many modern files start like this
import functools
from collections.abc import Sequence, Mapping
from typing import Any


@functools.singledispatch
def describe(obj: Any) -> str:
    return f'object of type {type(obj).__name__}'


@describe.register
def _(obj: int | float) -> str:
    return f'number {obj}'


@describe.register
def _(obj: str) -> str:
    return f'string of length {len(obj)}'


@describe.register(Sequence)
def _(obj) -> str:
    return 'sequence: ' + ', '.join(describe(x) for x in obj)


@describe.register(Mapping)
def _(obj) -> str:
    return 'mapping with keys ' + ', '.join(map(str, obj))


for thing in [1, 2.5, 'hi', [1, 'a'], (3,), {'k': 1}, None, True]:
    print(describe(thing))


class Circle:
    def __init__(self, r: float) -> None:
        self.r = r

    @functools.cached_property
    def area(self) -> float:
        print('computing area')
        return 3.14159 * self.r ** 2

    @functools.lru_cache(maxsize=None)
    def scaled(self, k: int) -> float:
        print(f'computing scaled({k})')
        return self.r * k


c = Circle(2)
print(c.area, c.area)
print(c.scaled(3), c.scaled(3), c.scaled(4))
print(Circle.scaled.cache_info())
