rows = [('apple', 3, 0.5), ('banana', 12, 0.25), ('cherry', 100, 12.125)]
print('{:<10}|{:>5}|{:>8}'.format('name', 'qty', 'price'))
print('-' * 25)
for name, qty, price in rows:
    print('{:<10}|{:>5d}|{:>8.2f}'.format(name, qty, price))
total = sum(q * p for _, q, p in rows)
print('{:<10}|{:>5}|{:>8.2f}'.format('total', '', total))
for i in range(1, 4):
    print(' '.join('{:3d}'.format(i * j) for j in range(1, 6)))
print('{:08.3f}'.format(-3.14159))
print('{:+08d}'.format(42))
