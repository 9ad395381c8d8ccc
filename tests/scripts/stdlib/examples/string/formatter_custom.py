"""string.Formatter subclasses: default values, custom conversions, vformat."""
import string


class DefaultFormatter(string.Formatter):
    def __init__(self, default='<?>'):
        super().__init__()
        self.default = default

    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, self.default)
        return super().get_value(key, args, kwargs)


fmt = DefaultFormatter()
print(fmt.format('{name} is {age} years old, {0}!', 'hey', name='Ann'))


class UpperFormatter(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec.endswith('!'):
            return super().format_field(value, format_spec[:-1]) + '!'
        return super().format_field(value, format_spec)


uf = UpperFormatter()
print(uf.format('{greeting!u}, {name!r} {n:>5.1f!}', greeting='hello', name='bob', n=3.14159))
print(list(string.Formatter().parse('a{0}b{x!r:>3}c{{d}}')))
f = string.Formatter()
print(f.vformat('{0}-{1}-{k}', ('a', 'b'), {'k': 'c'}))
print(f.format('{0[1]} {p.real}', [1, 2], p=3 + 4j))
try:
    f.format('{missing}')
except KeyError as e:
    print('KeyError:', e)
