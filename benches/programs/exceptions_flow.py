# bench: exceptions as control flow: try/except in a hot loop, KeyError/ValueError/ZeroDivisionError, custom exceptions, StopIteration, finally
import sys


class Retry(Exception):
    def __init__(self, attempt):
        super().__init__("retry %d" % attempt)
        self.attempt = attempt


class Fatal(Retry):
    pass


def parse(token):
    try:
        return int(token)
    except ValueError:
        try:
            return float(token)
        except ValueError:
            return None


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -1


def risky(i):
    if i % 11 == 0:
        raise Fatal(i)
    if i % 3 == 0:
        raise Retry(i)
    return i


def main(n):
    table = {i: i * i for i in range(0, 1000, 3)}
    tokens = ["12", "3.5", "x", "-7", "1e3", "", "42"]
    checksum = 0
    cleanups = 0
    for i in range(n):
        v = parse(tokens[i % 7])
        if v is not None:
            checksum += int(v)
        checksum += lookup(table, i % 1000)
        try:
            checksum += 100 // (i % 5)
        except ZeroDivisionError:
            checksum -= 1
        try:
            risky(i)
        except Fatal as e:
            checksum += e.attempt % 7
        except Retry as e:
            checksum += 1
        finally:
            cleanups += 1
        it = iter((i, i + 1))
        while True:
            try:
                checksum += next(it) & 1
            except StopIteration:
                break
    print("checksum:", checksum, cleanups)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 150000)
