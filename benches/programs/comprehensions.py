# bench: list/dict/set comprehensions: nested, filtered, dict inversion, set of tuples, matrix transpose
import sys


def main(n):
    checksum = 0
    for rep in range(n):
        base = [(i * 37 + rep) % 101 for i in range(200)]
        squares = [x * x for x in base if x % 3]
        index = {x: i for i, x in enumerate(base)}
        inverted = {v: k for k, v in index.items() if v % 2 == 0}
        pairs = {(a % 10, b % 10) for a in base[:30] for b in base[:30] if a < b}
        matrix = [[(r * c + rep) % 17 for c in range(12)] for r in range(12)]
        transposed = [[row[i] for row in matrix] for i in range(12)]
        diag = [transposed[i][i] for i in range(12)]
        words = [str(x) for x in base[:50]]
        lengths = {w: len(w) for w in words}
        initials = {w[0] for w in words}
        checksum += (sum(squares) + len(index) + len(inverted) + len(pairs)
                     + sum(diag) + sum(lengths.values()) + len(initials))
    print("checksum:", checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2600)
