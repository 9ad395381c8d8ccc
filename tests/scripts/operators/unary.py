x = 5
print(-x, +x, ~x, not x)
print(- -x, -(-x), ~~x)
print(-0.0, +0.0)
print(-True, +False)
print(not not [])
print(-(2 ** 70))
print(~(2 ** 70))
y = -3.5
print(-y, abs(y))
