# bench: big-int math: a spigot for the digits of pi, plus factorials and modular powers
import sys


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return out


def big_mix(n):
    f = 1
    for i in range(2, 1200):
        f *= i
    s = sum(int(c) for c in str(f))
    m = pow(3, f % 1000003 + 10 ** 5, 10 ** 40 + 7)
    fib_a, fib_b = 0, 1
    for _ in range(n * 4):
        fib_a, fib_b = fib_b, fib_a + fib_b
    return s, m % 1000000, fib_a.bit_length(), f % 998244353


def main(count):
    digits = pi_digits(count)
    text = "".join(map(str, digits))
    print("checksum:", text[:20], text[-20:], sum(digits), big_mix(count))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2400)
