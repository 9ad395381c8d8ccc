name = 'World'
n = 42
pi = 3.14159265
print(f'Hello, {name}!')
print(f'{n} {n + 1} {n * 2}')
print(f'{pi:.2f} {pi:10.3f}| {pi:<10.1f}|')
print(f'{n:5d}|{n:<5d}|{n:^5d}|{n:05d}')
print(f'{name!r} {name!s} {name!a}')
print(f'{"nested"} {len(name)}')
print(f'{{literal braces}} {n}')
items = [1, 2, 3]
print(f'{items} {items[1]} {items[-1] * 10}')
d = {'key': 'value'}
print(f"{d['key']}")
print(f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b}')
print(f'{1000000:,} {1000000:_}')
print(f'{0.25:%} {0.25:.0%}')
print(F'upper F {n}')
print(f'')
print(f'{n}' f'{name}' 'plain')
print(rf'raw \n {n}')
