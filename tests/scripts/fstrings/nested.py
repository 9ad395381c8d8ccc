width = 10
prec = 3
value = 3.14159
print(f'{value:{width}.{prec}f}|')
print(f'{value:>{width}}|')
fill = '*'
print(f'{"mid":{fill}^{width}}')
def greet(p):
    return 'hi ' + p
print(f'{greet("bob").upper()}')
print(f'{[i * i for i in range(4)]}')
print(f'{"yes" if value > 3 else "no"}')
print(f'{ {"a": 1}["a"] }')
print(f"{'quoted'}")
print(f'{value!r:>12}|')
class P:
    def __init__(self, x): self.x = x
    def __format__(self, spec): return 'P<' + spec + '>'
    def __str__(self): return 'Pstr'
    def __repr__(self): return 'Prepr'
p = P(1)
print(f'{p} {p:abc} {p!s} {p!r} {p.x}')
print(f'{3}{4}{5}')
print(f'{"a" + "b"!r}')
n = 5
print(f'{n:{"0"}{width}}')
