"""Generic iterator helpers with TypeVar and 3.9+ builtin generics."""
from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar('T')
K = TypeVar('K')


def windowed(it: Iterable[T], n: int) -> Iterator[tuple[T, ...]]:
    iters = itertools.tee(it, n)
    for i, x in enumerate(iters):
        for _ in range(i):
            next(x, None)
    return zip(*iters)


def group_into(it: Iterable[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    return {k: list(g) for k, g in itertools.groupby(sorted(it, key=key), key=key)}  # type: ignore[type-var]


def first(it: Iterable[T], default: T | None = None) -> T | None:
    return next(iter(it), default)


def interleave(*its: Iterable[T]) -> list[T]:
    sentinel = object()
    return [x for x in itertools.chain.from_iterable(itertools.zip_longest(*its, fillvalue=sentinel)) if x is not sentinel]  # type: ignore[misc]


print(list(windowed(range(6), 3)))
print(group_into(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=lambda s: s[0]))
print(first([]), first([], 'none'), first('xyz'))
print(interleave('abc', [1, 2], 'XYZW'))
print(windowed.__annotations__)
