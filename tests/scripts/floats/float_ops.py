print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2)
print(7.0 % -3, divmod(7.5, 2), divmod(-7.5, 2))
print(2 ** 0.5, 4 ** 0.5, 8 ** (1/3))
print(1.5 + 2, 3 - 0.5, 2 * 0.25, 1 / 4)
print(10 / 4, 10 // 4, 10.0 // 4)
print(3 * 1.1)
print(0.1 + 0.7)
print(-1.5 * -2)
print(2.0 ** 10, 2.0 ** -1)
print(1e308 * 10)
print(float(7) / 2)
x = 1.0
x += 0.5
x *= 4
x -= 1
x /= 2
print(x)
x //= 1
print(x)
x **= 2
print(x)
x %= 3
print(x)
print(sum([0.1] * 10))
print(1.0 == 1, 1.5 > 1, 0.1 + 0.2 > 0.3)
print((0.5).is_integer(), (2.0).is_integer())
