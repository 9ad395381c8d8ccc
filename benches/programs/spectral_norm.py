# bench: float math with small function calls: spectral norm by power iteration, zip and generator sums
import sys


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def a_times(u):
    n = len(u)
    return [sum(eval_a(i, j) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def at_times(u):
    n = len(u)
    return [sum(eval_a(j, i) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def ata_times(u):
    return at_times(a_times(u))


def main(n):
    u = [1.0] * n
    for _ in range(10):
        v = ata_times(u)
        u = ata_times(v)
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    print("checksum: %.9f" % ((vbv / vv) ** 0.5))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 220)
