# bench: set algebra: union, intersection, difference, symmetric difference, subset tests, frozensets as keys
import sys


def main(n):
    universe = range(2000)
    multiples = {k: set(range(0, 2000, k)) for k in range(2, 40)}
    checksum = 0
    groups = {}
    for rep in range(n):
        a = multiples[2 + rep % 37]
        b = multiples[2 + (rep * 7) % 37]
        c = multiples[2 + (rep * 13) % 37]
        u = a | b
        i = a & b
        d = a - c
        x = b ^ c
        checksum += len(u) + len(i) * 3 + len(d) * 5 + len(x) * 7
        if i <= a and not (u < i):
            checksum += 1
        if a.isdisjoint({1999, 1997}):
            checksum += 2
        key = frozenset((rep % 5, rep % 7, rep % 11))
        groups[key] = groups.get(key, 0) + 1
        s = set(u)
        s -= c
        s |= {rep}
        s.discard(0)
        checksum += len(s)
    rest = set(universe).difference(*multiples.values())
    print("checksum:", checksum, len(groups), sorted(rest)[:5], len(rest))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 9000)
