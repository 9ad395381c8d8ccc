# generators.py - a pipeline of generators, each stage pulling from the last.
#
# Nothing is computed until the last stage asks for a value: the log lines
# below are produced, filtered and parsed one at a time.
# Shows: yield, yield from, generator expressions, next(), StopIteration.

LOG = [
    "09:00:01 INFO  start worker 1",
    "09:00:02 INFO  start worker 2",
    "09:00:02 ERROR worker 2: connection refused",
    "09:00:05 INFO  worker 1 done in 4 s",
    "09:00:07 ERROR worker 2: timeout after 5 s",
    "09:00:09 INFO  worker 2 done in 7 s",
]


def read(lines):
    for number, line in enumerate(lines, 1):
        print("  (read line %d)" % number)
        yield line


def only(level, lines):
    for line in lines:
        if line.split()[1] == level:
            yield line


def parse(lines):
    for line in lines:
        time, level, message = line.split(None, 2)
        yield {"time": time, "level": level, "message": message}


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def chain(*iterables):
    for iterable in iterables:
        yield from iterable


def main():
    print("errors, parsed lazily:")
    pipeline = parse(only("ERROR", read(LOG)))
    for record in pipeline:
        print("%s -> %s" % (record["time"], record["message"]))

    print("next() by hand:")
    numbers = countdown(3)
    print(next(numbers), next(numbers), next(numbers))
    try:
        next(numbers)
    except StopIteration:
        print("countdown is exhausted")

    print("yield from:", list(chain(countdown(2), "ab", [None])))

    squares = (n * n for n in range(10))
    print("sum of even squares below 100:", sum(s for s in squares if s % 2 == 0))


main()
