"""Chunking a list the way Stack Overflow answers do it (pre-3.12, no batched)."""
from itertools import islice, zip_longest, chain
from typing import Iterable, Iterator, List, TypeVar

T = TypeVar('T')


def chunked(iterable: Iterable[T], size: int) -> Iterator[List[T]]:
    it = iter(iterable)
    while chunk := list(islice(it, size)):
        yield chunk


def chunks_slicing(lst: List[T], n: int) -> List[List[T]]:
    return [lst[i:i + n] for i in range(0, len(lst), n)]


def grouper_strip(iterable, n):
    return [tuple(x for x in g if x is not None) for g in zip_longest(*[iter(iterable)] * n)]


nums = list(range(1, 12))
print(list(chunked(nums, 4)))
print(chunks_slicing(nums, 5))
print(grouper_strip(nums, 3))
print(list(chain(*chunked('abcdefg', 3))))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
print(list(map(list, zip(*matrix))))
