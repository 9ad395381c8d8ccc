a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
l = [3, 1, 2]
l[0], l[2] = l[2], l[0]
print(l)
x, y = 0, 1
for _ in range(10):
    x, y = y, x + y
print(x, y)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
