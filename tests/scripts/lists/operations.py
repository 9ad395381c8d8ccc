a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, [] * 5, a * 0)
print(len(a), 2 in a, 9 not in a)
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 0], [2] > [1, 9])
print(min(a), max(a), sum(a))
print(list(range(5)), list('abc'), list((1, 2)), list({'x': 1, 'y': 2}))
nested = [[0] * 3 for _ in range(3)]
nested[1][1] = 5
print(nested)
shared = [[0] * 2] * 2
shared[0][0] = 9
print(shared)
a[0] = 'changed'
print(a)
del a[1]
print(a)
x = [1, 2, 3, 4, 5, 6]
del x[::2]
print(x)
print([1, [2, 3]] == [1, [2, 3]])
print(list(reversed([1, 2, 3])), sorted([3, 1, 2], reverse=True))
print([i for i in [5, 6, 7]][1])
print(a.__len__())
e = []
print(bool(e), bool([0]))
