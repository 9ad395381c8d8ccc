# timeit's API: string and callable statements, setup, globals=, repeat,
# autorange and a custom timer. Timings differ run to run, so this prints
# their types and what the statements did, not the times.
import timeit
import time

print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)
t = timeit.timeit("x = sum(range(10))", number=1000)
print(type(t).__name__, t >= 0)
calls = []
t = timeit.timeit(lambda: calls.append(1), number=250)
print(len(calls), type(t).__name__)
r = timeit.repeat("pass", repeat=3, number=10)
print(type(r).__name__, len(r), all(isinstance(x, float) for x in r))
counter = {"n": 0}


def bump():
    counter["n"] += 1


print(timeit.timeit("bump()", globals=globals(), number=42) >= 0, counter["n"])
print(timeit.timeit("y += 1", setup="y = 0", number=5) >= 0)
seen = []
timeit.timeit(lambda: seen.append("stmt"), setup=lambda: seen.append("setup"), number=2)
print(seen)
timer = timeit.Timer("a * b", setup="a = 6\nb = 7")
print(isinstance(timer.timeit(100), float), [type(x).__name__ for x in timer.repeat(2, 10)])
ticks = iter(range(0, 1000, 3))
fake = timeit.Timer("pass", timer=lambda: next(ticks))
print(fake.timeit(5), fake.repeat(2, 1))
steps = []
fake2 = timeit.Timer("pass", timer=lambda: next(ticks))
print(fake2.autorange(lambda n, t: steps.append((n, t))) is not None, len(steps) > 0)
clock = [0.0]


def slow_clock():
    # Each timing reads the clock twice; a loop of n "takes" 0.01 * n seconds.
    clock[0] += 0.005 * number_now[0]
    return clock[0]


number_now = [0]


def note(n, t):
    number_now[0] = n * 2 + 1


number, taken = timeit.Timer("pass", timer=slow_clock).autorange(note)
print(number, round(taken, 2))
src = timeit.Timer("for i in range(3):\n    pass").src
print("for i in range(3):" in src)
for bad in [5, None]:
    try:
        timeit.Timer(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    timeit.Timer(setup=5)
except ValueError as e:
    print("ValueError", e)
try:
    timeit.Timer("x = (")
except SyntaxError:
    print("SyntaxError")
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError", e)
