"""ProcessPoolExecutor with the __main__ guard: squares and a CPU-bound sum."""
import concurrent.futures
import math


def square(n: int) -> int:
    return n * n


def count_primes(limit: int) -> int:
    return sum(1 for k in range(2, limit) if all(k % d for d in range(2, int(math.isqrt(k)) + 1)))


def main() -> None:
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(square, range(10))))
        futures = {executor.submit(count_primes, n): n for n in (100, 1000, 5000)}
        for fut in concurrent.futures.as_completed(futures):
            pass
        for fut, n in sorted(futures.items(), key=lambda kv: kv[1]):
            print(f'primes below {n}: {fut.result()}')


if __name__ == '__main__':
    main()
