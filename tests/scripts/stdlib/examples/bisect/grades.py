"""The bisect docs grade() example and table lookups."""
from bisect import bisect, bisect_left, bisect_right, insort


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    i = bisect(breakpoints, score)
    return grades[i]


print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])

data = [('red', 5), ('blue', 1), ('yellow', 8), ('black', 0)]
data.sort(key=lambda r: r[1])
keys = [r[1] for r in data]
print(data[bisect_left(keys, 0)], data[bisect_left(keys, 1)], data[bisect_left(keys, 5)], data[bisect_left(keys, 8)])


def index(a, x):
    'Locate the leftmost value exactly equal to x'
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError


def find_lt(a, x):
    'Find rightmost value less than x'
    i = bisect_left(a, x)
    if i:
        return a[i - 1]
    raise ValueError


def find_le(a, x):
    i = bisect_right(a, x)
    if i:
        return a[i - 1]
    raise ValueError


def find_gt(a, x):
    i = bisect_right(a, x)
    if i != len(a):
        return a[i]
    raise ValueError


def find_ge(a, x):
    i = bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError


a = [1, 2, 4, 4, 8]
print(index(a, 4), find_lt(a, 4), find_le(a, 4), find_gt(a, 4), find_ge(a, 5))
try:
    index(a, 3)
except ValueError:
    print('3 not found')
insort(a, 3)
insort(a, 4)
print(a)
