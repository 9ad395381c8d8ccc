# bench: generator pipelines: yield, yield from, generator expressions feeding sum/max/min/join/any
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


def chunks(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


def tree(depth, width):
    if depth == 0:
        return list(range(width))
    return [tree(depth - 1, width) for _ in range(width)]


def main(n):
    a = sum(squares(evens(numbers(n))))
    b = max(sum(c) for c in chunks(numbers(n), 7))
    t = tree(4, 6)
    c = sum(1 for _ in flatten(t))
    d = sum(x for x in flatten(t) if x % 2)
    words = ",".join(str(x) for x in range(0, n, 97))
    e = any(x > n for x in numbers(n // 4))
    f = min((x * 7919) % 10007 for x in range(1, n // 2))
    print("checksum:", a, b, c, d, len(words), e, f)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1400000)
