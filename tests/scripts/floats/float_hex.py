# float.hex() spells the exact binary value: 13 hex digits of fraction and a
# signed binary exponent; zero, subnormals, infinities and nan are special.
for x in (1.0, -1.0, 0.5, 3.14159, 1e300, 2.0 ** -1074, 2.0 ** -1022, 0.0, -0.0,
          float("inf"), float("-inf"), float("nan"), 0.1, 1 / 3, 123456789.0):
    print(repr(x), x.hex())
print(float.hex(2.5))
