# bench: closures with nonlocal: counters, accumulators, a rate limiter and function composition built from nested functions
import sys


def make_counter(start, step):
    value = start

    def bump():
        nonlocal value
        value += step
        return value

    return bump


def make_accumulator():
    total = 0
    count = 0

    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count

    def stats():
        return total, count

    return add, stats


def make_rate_limiter(limit):
    tokens = limit
    refused = 0

    def allow(cost):
        nonlocal tokens, refused
        if tokens >= cost:
            tokens -= cost
            return True
        refused += 1
        tokens = limit
        return False

    return allow, lambda: refused


def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x

    return composed


def main(n):
    counters = [make_counter(i, i + 1) for i in range(5)]
    add, stats = make_accumulator()
    allow, refused = make_rate_limiter(50)
    scale = 3

    def triple(x):
        return x * scale

    pipeline = compose(lambda x: x + 1, triple, lambda x: x % 1000)
    checksum = 0
    for i in range(n):
        c = counters[i % 5]()
        avg = add(c % 97)
        if allow(c % 7):
            checksum += pipeline(c)
        else:
            checksum -= 1
    total, count = stats()
    print("checksum:", checksum, total, count, refused(), "%.6f" % avg)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 600000)
