# Every digest against known values: empty input, short text, the sizes
# around block boundaries (55/56/64/111/112/128 bytes), a million bytes fed
# in uneven pieces; update/copy/digest/hexdigest, name, digest_size, block_size.
import hashlib

names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]
for name in names:
    ctor = getattr(hashlib, name)
    print(name, ctor().hexdigest())
    print(name, ctor(b"abc").hexdigest())
    h = ctor()
    print(h.name, h.digest_size, h.block_size, len(h.digest()), type(h.digest()).__name__)
    for n in (1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000):
        print(n, hashlib.new(name, b"a" * n).hexdigest()[:16], end=" ")
    print()
    h = hashlib.new(name)
    data = bytes(range(256)) * 3907
    pos = 0
    for step in (1, 2, 3, 63, 64, 65, 4096, 100000, 300000):
        h.update(data[pos:pos + step])
        pos += step
    h.update(data[pos:])
    print(name, "pieces", h.hexdigest() == hashlib.new(name, data).hexdigest(), h.hexdigest()[:32])
    a = ctor(b"prefix-")
    b = a.copy()
    a.update(b"one")
    b.update(b"two")
    print(name, a.hexdigest() != b.hexdigest(), b.hexdigest() == ctor(b"prefix-two").hexdigest())
    print(name, ctor(bytearray(b"xyz")).digest() == ctor(b"xyz").digest(), ctor(string=b"q").hexdigest()[:8])
print(hashlib.new("SHA256", b"x").name, hashlib.new("sha256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest())
print(sorted(hashlib.algorithms_guaranteed & set(names)), sorted(hashlib.algorithms_available & set(names)))
print(hashlib.md5.__name__, hashlib.sha256(usedforsecurity=False).hexdigest()[:8])
print(repr(hashlib.md5())[:24])
print(hashlib.sha1(b"The quick brown fox jumps over the lazy dog").hexdigest())
import io
print(hashlib.file_digest(io.BytesIO(b"file contents"), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"file contents"), hashlib.md5).hexdigest())
