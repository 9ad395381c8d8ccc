n = 42
print('n is', n)
print(n[0])
