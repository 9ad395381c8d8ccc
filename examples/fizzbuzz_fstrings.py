# fizzbuzz_fstrings.py - FizzBuzz, then a tour of f-string formatting.
#
# Shows: f-strings with expressions, conversions (!r), format specs (width,
# alignment, fill, precision, thousands separator, sign, hex/binary),
# nested fields and literal braces.


def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)


def main():
    print(" ".join(fizzbuzz(n) for n in range(1, 16)))

    for n in (3, 10, 15):
        print(f"{n:>3} -> {fizzbuzz(n)!r}")

    name, threads, seconds = "gilpy", 4, 1.23456
    print(f"{name} ran {threads} threads in {seconds:.2f} s")
    print(f"[{name:<8}] [{name:>8}] [{name:^9}] [{name:*^9}]")
    print(f"{42:05d} {-42:+d} {42:+d} {1234567:,} {0.5:.1%}")
    print(f"hex {255:x} {255:#x} bin {5:b} {5:08b} oct {8:o}")
    print(f"{3.14159:8.3f}|{2.5e-3:.2e}|{1e6:g}")

    width, precision = 10, 3
    print(f"nested: [{3.14159:{width}.{precision}f}]")
    print(f"braces: {{ and }} around {threads * 2}")
    print(f"expression: {[n * n for n in range(4)]} {sum(range(10)) // 3}")

    table = [("fib", 0.81, 1.2), ("loop", 1.32, 2.9), ("strings", 1.19, 0.97)]
    print(f"{'script':<8} {'cpython':>8} {'ratio':>6}")
    for script, t, ratio in table:
        print(f"{script:<8} {t:>8.2f} {ratio:>5.1f}x")


main()
