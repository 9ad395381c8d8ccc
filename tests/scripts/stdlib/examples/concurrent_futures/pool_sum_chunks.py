"""Split a job into chunks, sum them in parallel, combine."""
import concurrent.futures
from typing import List


def chunks(seq: List[int], n: int) -> List[List[int]]:
    return [seq[i:i + n] for i in range(0, len(seq), n)]


def partial_sum(chunk: List[int]) -> int:
    return sum(x * x for x in chunk)


data = list(range(1, 1001))
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
    parts = list(executor.map(partial_sum, chunks(data, 100)))
print('parts:', parts[:3], '...', len(parts))
print('total = {:,}'.format(sum(parts)))
assert sum(parts) == sum(x * x for x in data)
print('check passed')
