data = [1, 5, 12, 3, 20, 7]
if (n := len(data)) > 3:
    print('long list of', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
values = iter([3, 2, 1, 0, 5])
count = 0
while (v := next(values)) != 0:
    count += v
print(count)
def f(x):
    return x * x
print([r for i in range(6) if (r := f(i)) % 2 == 0])
total = 0
print([total := total + i for i in range(5)], total)
print((z := 10) + z)
