# bench: itertools: permutations, combinations, product, chain, islice, groupby, accumulate, count, zip_longest, starmap
import sys
from itertools import (permutations, combinations, product, chain, islice, groupby,
                       accumulate, count, zip_longest, starmap, cycle)


def main(n):
    checksum = 0
    for p in permutations(range(8)):
        if p[0] < p[-1]:
            checksum += p[3]
    for c in combinations(range(22), 4):
        checksum += c[0] * c[3]
    for a, b, c in product(range(30), repeat=3):
        if (a + b + c) % 7 == 0:
            checksum += 1
    checksum += sum(chain(range(1000), range(2000), [5, 6]))
    checksum += sum(islice(count(3, 2), 0, n, 3))
    data = sorted((i * 37) % 101 for i in range(n))
    for key, group in groupby(data, key=lambda x: x // 10):
        checksum += key * sum(1 for _ in group)
    checksum += list(accumulate(range(n)))[-1]
    checksum += sum(x or 0 for x, y in zip_longest(range(100), range(150)))
    checksum += sum(starmap(pow, [(i % 7, 3) for i in range(1000)]))
    colours = cycle("rgb")
    checksum += sum(1 for _, c in zip(range(n), colours) if c == "g")
    print("checksum:", checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1200000)
