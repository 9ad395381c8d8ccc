# bench: functools.lru_cache memoised recursion: edit distance, partition counts, Collatz lengths (maxsize=4096), plus functools.reduce/partial
import sys
from functools import lru_cache, reduce, partial


def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        cost = 0 if a[i - 1] == b[j - 1] else 1
        return min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost)

    return d(len(a), len(b))


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@lru_cache(maxsize=4096)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


def main(n):
    words = ["kitten", "sitting", "saturday", "sunday", "intention", "execution"]
    total = 0
    for i in range(n):
        a = words[i % 6] * 3
        b = words[(i + 1) % 6] * 3
        total += edit_distance(a, b[: 10 + i % 8])
    parts = partitions(250, 250)
    longest = max(range(1, 80000), key=collatz)
    mul = partial(reduce, lambda x, y: x * y % 1000003)
    print("checksum:", total, parts % 1000000007, longest, mul(range(1, 2000)), collatz.cache_info().hits > 0)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
