i = 0
while i < 5:
    print('i =', i)
    i += 1
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print('odd', i)
i = 0
while i < 3:
    i += 1
else:
    print('while-else ran, i =', i)
i = 0
while True:
    i += 1
    if i == 3:
        break
else:
    print('not printed')
print('after break, i =', i)
while False:
    print('never')
else:
    print('else on false condition')
