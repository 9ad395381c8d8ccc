"""string constants and capwords, the PyMOTW tour; a password-ish generator."""
import string
import random

print(string.capwords('The quick brown fox jumped over the lazy dog.'))
print(string.capwords('hello   world  ', None), string.capwords('a-b-c', '-'))
for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'whitespace']:
    value = getattr(string, name)
    print('%s=%r' % (name, value))
print(len(string.printable), string.printable[:20])
random.seed(2024)
alphabet = string.ascii_letters + string.digits
pw = ''.join(random.choice(alphabet) for _ in range(12))
print(len(pw), all(c in alphabet for c in pw))
table = str.maketrans('', '', string.punctuation)
print("Hello, World! It's here...".translate(table))
print(sum(c in string.whitespace for c in 'a b\tc\n'))
