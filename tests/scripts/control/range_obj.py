r = range(0, 20, 3)
print(r, list(r), len(r), r[2], r[-1])
print(list(range(5, 0, -1)), list(range(0)), list(range(3, 1)))
print(range(10)[::2], range(5) == range(0, 5), len(range(-5, 5, 2)))
print(5 in r, 6 in r, r.index(9), r.count(9))
print(sum(range(100)), max(range(7)), list(reversed(range(4))))
print(range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step)
big = range(10 ** 20)
print(len(range(0, 10 ** 12, 7)), big[-1])
try:
    range(0, 5, 0)
except ValueError as e:
    print('ValueError:', e)
