"""Copying functions, classes and modules returns the same object; Error alias."""
import copy
import sys


def f():
    return 1


class K:
    pass


print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(K) is K)
print(copy.Error is copy.error)
print(copy.deepcopy(range(3)) == range(3), copy.copy(3.5), copy.deepcopy(frozenset({1})))
matrix = [[0] * 3 for _ in range(2)]
m2 = copy.deepcopy(matrix)
m2[0][0] = 1
bad = [[0] * 3] * 2
bad[0][0] = 1
print(matrix, m2, bad)
k = K()
k.items = [1, 2]
k2 = copy.copy(k)
k2.items.append(3)
k3 = copy.deepcopy(k)
k3.items.append(4)
print(k.items, k2.items, k3.items, type(k3).__name__)
