# string.Formatter: format, vformat, parse, get_field, format_field, convert_field
import string

f = string.Formatter()
print(f.format('{} + {} = {}', 1, 2, 3))
print(f.format('{0}{1}{0}', 'ab', 'cd'))
print(f.format('{name!r:>10}|{n:08.3f}', name='x', n=3.14159))
print(f.format('{0.real} {1[1]} {d[k]} {d[k][0]}', 5, [7, 8], d={'k': 'val'}))
print(f.format('{:{width}.{prec}}', 3.14159, width=10, prec=3))
print(f.format('{{literal}} {}', 'x'))
print(f.format('{!s} {!a}', 'é', 'é'))
print(f.vformat('{a}-{0}', ('pos',), {'a': 'kw'}))

for s in ['a{{b}}c', 'a{0!r:>5}b', '{}', '{a.b[0]}x', '}}', '{:{}}', '{!r}', 'plain', '']:
    print(repr(s), list(f.parse(s)))

for s in ['x{', 'x{abc', 'x{a{b}', '{0!}', '{0!rr}', '{a[}', '{0!', '{0:', 'a}b', '{0[1]x}', '{a.}']:
    try:
        print(list(f.parse(s)))
        print(f.format(s, [1, 2], a=1))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

for s in ['{}{0}', '{0}{}']:
    try:
        f.format(s, 1, 2)
    except ValueError as e:
        print('ValueError', e)
try:
    f.format('{}')
except IndexError as e:
    print('IndexError', e)
try:
    f.format('{x}')
except KeyError as e:
    print('KeyError', e)
try:
    f.format('{0:{1:{2}}}', 1, 2, 3)
except ValueError as e:
    print('ValueError', e)

print(f.get_field('0.imag', (3,), {}))
print(f.get_field('k[2]', (), {'k': 'abcd'}))
print(f.get_value(0, ('a',), {}), f.get_value('k', (), {'k': 'v'}))
print(repr(f.format_field(3.5, '>8')), repr(f.format_field('s', '')))
print(f.convert_field('x', None), f.convert_field('x', 'r'), f.convert_field('é', 'a'), f.convert_field(1, 's'))
try:
    f.convert_field(1, 'q')
except ValueError as e:
    print('ValueError', e)


class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)


print(Upper().format('{} and {missing} and {k:>4}', 'abc', k='z'))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError('unused: ' + ', '.join(sorted(unused)))


try:
    Strict().format('{a}', a=1, b=2, c=3)
except ValueError as e:
    print('ValueError', e)
