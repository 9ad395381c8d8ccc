# bench: generator coroutines: send(), a round-robin scheduler of generator tasks, a pipeline of coroutine filters, close()
import sys


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return count
        total += value
        count += 1
        avg = total / count


def filter_stage(pred, target):
    try:
        while True:
            item = yield
            if pred(item):
                target.send(item)
    except GeneratorExit:
        target.close()


def sink(results):
    while True:
        item = yield
        results.append(item)


def worker(name, steps, log):
    for i in range(steps):
        log.append(name)
        yield i


def schedule(tasks):
    ticks = 0
    while tasks:
        task = tasks.pop(0)
        try:
            next(task)
            tasks.append(task)
        except StopIteration:
            pass
        ticks += 1
    return ticks


def main(n):
    avg = averager()
    next(avg)
    last = 0.0
    for i in range(n):
        last = avg.send(i % 100)
    try:
        avg.send(None)
    except StopIteration as stop:
        count = stop.value
    results = []
    s = sink(results)
    next(s)
    f2 = filter_stage(lambda x: x % 3 == 0, s)
    next(f2)
    f1 = filter_stage(lambda x: x % 2 == 0, f2)
    next(f1)
    for i in range(n):
        f1.send(i)
    f1.close()
    log = []
    ticks = schedule([worker(k, n // 50 + k, log) for k in range(20)])
    print("checksum: %.4f %d %d %d %d %d" % (last, count, len(results), sum(results) % 100003, ticks, len(log)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 600000)
