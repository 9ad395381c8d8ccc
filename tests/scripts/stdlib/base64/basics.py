# base64 and binascii: the encodings, their variants, and CPython's errors.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))]
for s in samples[:7]:
    print(base64.b64encode(s), base64.b32encode(s), base64.b16encode(s), base64.b32hexencode(s))
for s in samples:
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
print("round trips ok")
print(base64.urlsafe_b64encode(b"\xfb\xff\xbf"), base64.b64encode(b"\xfb\xff\xbf"), base64.b64encode(b"\xfb\xff", b"-_"))
print(base64.urlsafe_b64decode("-_-_"), base64.b64decode("YWJj"), base64.b64decode(bytearray(b"YWJj")), base64.standard_b64decode(b"YQ=="))
print(base64.b32decode(b"mfrgg===", casefold=True), base64.b16decode(b"6a6b", casefold=True), base64.b32decode(b"MFRGGZDFMZTWQ2LK"))
print(base64.encodebytes(b"x" * 100), base64.decodebytes(base64.encodebytes(b"y" * 60)))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01AB"), binascii.hexlify(b"\x01\x02\x03", "-"), binascii.b2a_hex(b"\xff", b":", 1))
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64(b"aGk=\n"))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
for s in [b"YQ==", b"YQ", b"YQ=", b"Y", b"YQ==YQ==", b"Y Q = =", b"YW*Jj", b"YWJjZA", b"=YQ==", b"YQ=a=", "YWJj", "\xe9"]:
    try:
        print(s, base64.b64decode(s))
    except Exception as e:
        print(s, type(e).__module__, type(e).__name__, e)
for s in [b"YQ==", b"YQ==YQ==", b"Y Q==", b"YQ", b"=YQ==", b"YQ=a="]:
    try:
        print(s, base64.b64decode(s, validate=True))
    except Exception as e:
        print(s, type(e).__name__, e)
for f, a in [(base64.b64encode, "x"), (base64.b64encode, 5), (base64.b64decode, 5), (base64.b16decode, b"0g"),
             (base64.b16decode, b"abc"), (base64.b16decode, b"ABC"), (base64.b32decode, b"MFRGG"), (base64.b32decode, b"mfrgg==="),
             (base64.b32decode, b"MFRGG1=="), (base64.b32decode, b"MF======"), (binascii.unhexlify, b"0"), (binascii.unhexlify, b"zz")]:
    try:
        print(f.__name__, a, f(a))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
