# bench: tuple unpacking and swaps: parallel assignment, starred unpacking, enumerate/zip/items loops, swap-based sorting
import sys


def bubble(xs):
    n = len(xs)
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs


def main(n):
    checksum = 0
    a, b, c = 1, 2, 3
    for i in range(n):
        a, b, c = b, c, (a + b + c) % 1000003
        x, y = divmod(c, 17)
        first, *middle, last = (a, b, c, x, y)
        (p, q), r = (x, y), len(middle)
        checksum += first - last + p * q + r
    pts = [(i % 17, i % 23, i) for i in range(2000)]
    for idx, (u, v, w) in enumerate(pts):
        checksum += idx * u - v + w % 3
    for (u, v, w), (s, t, _) in zip(pts, pts[1:]):
        checksum += (u - s) * (v - t)
    d = {k: (k, k * 2) for k in range(500)}
    for k, (one, two) in d.items():
        checksum += two - one
    for rep in range(n // 2000):
        xs = [(rep * 31 + k * 17) % 101 for k in range(60)]
        checksum += bubble(xs)[rep % 60]
    print("checksum:", checksum, a, b, c)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 700000)
