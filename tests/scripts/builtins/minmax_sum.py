print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max('hello'))
print(min('b', 'a', 'c'), max([[1, 2], [1, 3]]))
print(max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'banana'], key=len))
print(max([], default='empty'), min([], default=None), max([1], default=0))
print(max([1, -5, 3], key=abs), min([-7, 2], key=lambda x: x * x))
print(max((1, 'a'), (1, 'b')), max([2, 2.0]), max([2.0, 2]))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
try:
    min()
except TypeError as e:
    print('TypeError:', e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.5, 0.25]), sum(range(101)))
print(sum([[1], [2]], []), sum([(1,), (2, 3)], ()))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 8), pow(2, 8, 100), pow(-2, 3), pow(2, -2), pow(7, 0, 1), pow(3, 1000, 7))
print(pow(5, -1, 7), pow(2.0, 3))
print(round(3.14159, 2), round(-0.5), round(0.5), round(1.5), round(12345, -3), round(1.23456789, 5))
