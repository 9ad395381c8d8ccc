"""string.Formatter: a 'safe' formatter that leaves unknown fields in place, nested specs."""
import string


class SafeFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '{' + key + '}'
        return super().get_value(key, args, kwargs)


sf = SafeFormatter()
print(sf.format('Hello {name}, your id is {uid}', name='Ann'))
fmt = string.Formatter()
print(fmt.format('{:{fill}{align}{width}}', 'mid', fill='*', align='^', width=11))
print(fmt.format('{0:.{1}f}', 3.14159265, 3))
print(fmt.format('{a[0]}-{a[1]}-{b.imag}', a=['x', 'y'], b=2j))
for literal, field, spec, conv in fmt.parse('Total: {total:>10,.2f}!r {name!r} end'):
    print(repr(literal), repr(field), repr(spec), repr(conv))
print(fmt.get_field('0.real', (5 + 2j,), {}))
print(fmt.convert_field('x', 'r'), fmt.convert_field('x', 's'), fmt.convert_field(10, 'a'))
try:
    fmt.format('{0} {}', 1, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    fmt.convert_field(1, 'z')
except ValueError as e:
    print('ValueError:', e)
