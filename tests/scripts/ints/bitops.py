print(5 & 3, 5 | 3, 5 ^ 3)
print(~5, ~-1, ~0)
print(1 << 10, 1 << 100)
print(1024 >> 3, -1024 >> 3, -1 >> 5)
print(-5 & 0xFF)
print(-5 | 2, -5 ^ 2)
print((2 ** 100) >> 90)
print((2 ** 100 + 5) & 0xF)
print(-(2 ** 100) & 0xFFFF)
print(-(2 ** 80) >> 70)
print(0xFF & ~0x0F)
x = 0b1100
x &= 0b1010
print(bin(x))
x |= 0b0001
print(bin(x))
x ^= 0b1111
print(bin(x))
x <<= 4
print(x)
x >>= 2
print(x)
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-8).bit_length())
print(True << 3)
