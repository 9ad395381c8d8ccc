# string constants and capwords
import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable', 'whitespace']:
    value = getattr(string, name)
    print(name, len(value), repr(value))

print(string.capwords('hello   wORLD  foo'))
print(string.capwords('  leading and trailing  '))
print(string.capwords('a-b-c d-e', '-'))
print(string.capwords('one,two,,three', ','))
print(repr(string.capwords('')))
print(string.capwords("it's o'clock\tnow\nok"))
