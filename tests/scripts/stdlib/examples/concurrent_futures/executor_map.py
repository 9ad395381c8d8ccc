"""The ProcessPool docs prime example, run with threads; executor.map keeps order."""
import concurrent.futures
import math

PRIMES = [
    112272535095293,
    112582705942171,
    112272535095293,
    115280095190773,
    115797848077099,
    1099726899285419]


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    sqrt_n = int(math.floor(math.sqrt(n)))
    for i in range(3, min(sqrt_n, 20000) + 1, 2):
        if n % i == 0:
            return False
    return True


def main() -> None:
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        for number, prime in zip(PRIMES, executor.map(is_prime, PRIMES)):
            print('%d is prime: %s' % (number, prime))
    with concurrent.futures.ThreadPoolExecutor() as ex:
        print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
        print(list(ex.map(str.upper, 'abc', chunksize=2)))


if __name__ == '__main__':
    main()
