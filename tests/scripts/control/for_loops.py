for i in range(3):
    print('range', i)
for i in range(10, 0, -3):
    print('down', i)
for ch in 'hi':
    print('char', ch)
for k in {'a': 1, 'b': 2}:
    print('key', k)
for x in []:
    print('never')
else:
    print('empty else')
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print('loop', i)
else:
    print('not reached')
total = 0
for i in range(1, 4):
    for j in range(1, 4):
        if j > i:
            break
        total += i * j
print('total', total)
for i in range(3):
    pass
print('i after loop', i)
lst = [1, 2, 3]
for item in lst:
    if item == 2:
        lst.append(99) if len(lst) < 5 else None
print(lst)
