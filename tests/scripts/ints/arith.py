a = 17
b = 5
print(a + b, a - b, a * b)
print(a ** 2, a ** 0, 0 ** 0)
print(-a, +a, - -a)
print(2 ** -2)
print((-2) ** 3, -2 ** 2)
print(2 ** 3 ** 2)
print(10 - 3 - 2)
print(2 * 3 + 4 * 5)
print(100 // 7 * 7 + 100 % 7)
total = 0
for i in range(101):
    total += i
print(total)
print(sum(range(1, 1001)))
print(max(3, 9, 2), min(3, 9, 2))
print(7 == 7, 7 != 8, 3 < 5 < 7, 5 > 3 >= 3)
n = 1
for _ in range(20):
    n = n * 3 + 1
print(n)
print(1 + True, 3 * False)
