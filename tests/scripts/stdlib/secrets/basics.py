# secrets: the shapes of tokens and draws (their values are random), the
# bounds they respect, compare_digest, and the errors.
import secrets

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
print(len(secrets.token_hex()), len(secrets.token_hex(4)), all(c in "0123456789abcdef" for c in secrets.token_hex(16)))
t = secrets.token_urlsafe(16)
print(len(t), all(c.isalnum() or c in "-_" for c in t), len(secrets.token_urlsafe()))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), {secrets.randbelow(1) for _ in range(10)})
print(secrets.choice("abc") in "abc", secrets.choice([5]), 0 <= secrets.randbits(8) < 256)
print(secrets.compare_digest(b"abc", b"abc"), secrets.compare_digest("abc", "abd"), secrets.compare_digest(b"a", b"ab"))
print(secrets.token_hex(0), secrets.token_bytes(0), isinstance(secrets.SystemRandom(), secrets.SystemRandom))
for bad in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3), lambda: secrets.compare_digest("a", b"a"),
            lambda: secrets.choice([])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
