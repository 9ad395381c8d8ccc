print(format(42))
print(format(3.5))
print(format('s'))
print(format(42, 'x'), format(42.0, 'e'))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return '$' + format(self.v, '.2f')
        return format(self.v, spec)
m = Money(12.5)
print(format(m, 'usd'), format(m, '>8'))
print('{:usd}'.format(m), f'{m:usd}')
class Plain:
    def __str__(self):
        return 'plain!'
print(format(Plain()), '{}'.format(Plain()), f'{Plain()}')
try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    format('abc', 'd')
except ValueError as e:
    print('ValueError:', e)
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError:', e)
