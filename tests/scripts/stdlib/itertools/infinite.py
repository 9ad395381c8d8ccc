import itertools
from itertools import count, cycle, repeat, islice

c = count()
print(type(c).__name__, type(c), c, next(c), next(c), c)
print(count(3), repr(count(3)), count(3, 2), count(1.5), count(0, 1.0), count(2, 1), count(0, True))
print(count(start=5, step=-1), count(step=3), count(10 ** 30), count(-1), count(1, 0), count(2.0, 1))
print(list(islice(count(10), 4)), list(islice(count(1, 0.5), 4)), list(islice(count(5, -2), 4)))
print(list(islice(count(1 + 2j, 1j), 3)), count(1 + 2j), count(1, 1 + 2j))
c = count(3)
next(c)
print(repr(c))
print(iter(c) is c, list(zip('abc', count(7))))

cy = cycle('abc')
print(type(cy).__name__, [next(cy) for _ in range(7)])
print(list(islice(cycle([]), 3)), list(islice(cycle([1]), 3)))


def gen():
    print('  gen starts')
    yield 1
    print('  gen gives 2')
    yield 2
    print('  gen ends')


cy = cycle(gen())
print('made cycle')
print(next(cy))
print(next(cy))
print(next(cy))
print(next(cy), next(cy))

r = repeat(1, 2)
print(type(r).__name__, r, repr(r), r.__length_hint__())
print(next(r), repr(r), next(r), repr(r), list(r), r.__length_hint__())
print(repeat('a'), repeat('a', -1), repeat(None, 0), repeat(1, times=3), repeat(object=[1], times=2))
print(list(repeat('x', 3)), list(islice(repeat(7), 4)), list(map(pow, range(4), repeat(2))))
try:
    repeat(5).__length_hint__()
except TypeError as e:
    print('TypeError:', e)
print(len(list(repeat(0, 5))), list(repeat(0, 0)))
print(itertools.count is count, type(itertools.count()).__module__)
