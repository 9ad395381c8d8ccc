# bench: recursion with closures over sets and lists: n-queens by backtracking, plus all solutions via a generator
import sys


def count_queens(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []
    found = [0]

    def place(row):
        if row == n:
            found[0] += 1
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return found[0]


def solutions(n, row=0, taken=()):
    if row == n:
        yield taken
        return
    for c in range(n):
        if all(c != q and abs(c - q) != row - r for r, q in enumerate(taken)):
            yield from solutions(n, row + 1, taken + (c,))


def main(n):
    a = count_queens(n)
    sols = list(solutions(n - 1))
    print("checksum:", a, len(sols), sols[0], sols[-1])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 11)
