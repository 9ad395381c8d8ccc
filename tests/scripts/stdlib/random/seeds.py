# random.seed with ints (small, big, negative, zero), floats, str, bytes,
# bytearray and bool: the first numbers of each sequence are CPython's.
import random

seeds = [0, 1, 2, 42, 12345, -1, -7, 2**32 - 1, 2**32, 2**64 + 5, -(2**100) - 3,
         12345678901234567890123456789, True, False, 3.5, -2.25, 1e300,
         "", "hello", "héllo ☃", b"", b"abc", bytearray(b"xy")]
for s in seeds:
    random.seed(s)
    print(repr(s), random.random(), random.random(), random.getrandbits(1), random.getrandbits(31),
          random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))

random.seed("hello", version=1)
print(random.random())
random.seed(b"hello", version=1)
print(random.random())
random.seed(7, version=1)
print(random.random())

for s in range(20):
    random.seed(s)
    print(s, [random.randint(0, 9) for _ in range(12)])

# the same seed twice: the same numbers; seeding with None: fresh ones
random.seed(2024)
a = [random.random() for _ in range(5)]
random.seed(2024)
print(a == [random.random() for _ in range(5)])
random.seed()
random.seed(None)
x = random.random()
print(0.0 <= x < 1.0)

try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    random.seed({})
except TypeError as e:
    print("TypeError", e)
