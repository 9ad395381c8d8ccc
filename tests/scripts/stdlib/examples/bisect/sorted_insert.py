"""Keeping a list sorted while inserting random numbers (PyMOTW)."""
import bisect
import random

random.seed(1)
print('New  Pos  Contents')
print('---  ---  --------')
values = [random.randint(1, 100) for _ in range(12)]
l = []
for i in values:
    position = bisect.bisect(l, i)
    bisect.insort(l, i)
    print('{:3}  {:3}'.format(i, position), l)

l2 = []
for i in values:
    position = bisect.bisect_left(l2, i)
    bisect.insort_left(l2, i)
    print('{:3}  {:3}'.format(i, position), l2)
print(l == l2)
