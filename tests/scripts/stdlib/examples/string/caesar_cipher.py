"""Caesar / ROT13 / Vigenere with string constants and str.maketrans (beginner-tutorial favourite)."""
import string
import sys
from itertools import cycle


def caesar(text: str, shift: int) -> str:
    lower, upper = string.ascii_lowercase, string.ascii_uppercase
    k = shift % 26
    table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return text.translate(table)


def vigenere(text: str, key: str, decrypt: bool = False) -> str:
    out = []
    shifts = cycle(string.ascii_lowercase.index(c) for c in key.lower())
    for ch in text:
        if ch in string.ascii_letters:
            base = ord('a') if ch.islower() else ord('A')
            s = next(shifts)
            s = -s if decrypt else s
            out.append(chr((ord(ch) - base + s) % 26 + base))
        else:
            out.append(ch)
    return ''.join(out)


def crack(ciphertext: str) -> int:
    common = 'etaoinshrdlu'
    best = max(range(26), key=lambda s: sum(caesar(ciphertext, -s).lower().count(c) * (12 - i) for i, c in enumerate(common)))
    return best


msg = 'The quick brown fox jumps over the lazy dog!'
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 13) == msg.translate(str.maketrans(string.ascii_letters, string.ascii_letters[13:26] + string.ascii_letters[:13] + string.ascii_letters[39:] + string.ascii_letters[26:39])))
v = vigenere('Attack at dawn!', 'LEMON')
print(v, '->', vigenere(v, 'LEMON', decrypt=True))
print('cracked shift:', crack(caesar('meet me near the old oak tree at seven in the evening', 11)))
print(f'{"letter":<8}{"count":>5}')
for ch in string.ascii_lowercase[:5]:
    print(f'{ch:<8}{msg.lower().count(ch):>5}')
if len(sys.argv) > 1:
    print(caesar(' '.join(sys.argv[1:]), 1))
