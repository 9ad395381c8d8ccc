for n, l, o, s in [(1024, 2, 'big', False), (1024, 4, 'little', False), (-1, 2, 'big', True), (-129, 2, 'little', True), (0, 0, 'big', False), (255, 1, 'big', False), (2**70, 10, 'big', False), (-2**70, 10, 'little', True)]:
    b = n.to_bytes(l, o, signed=s)
    print(n, b, int.from_bytes(b, o, signed=s))
print((5).to_bytes(), (5).to_bytes(length=3, byteorder='little'), int.from_bytes(b'\x01\x00'), int.from_bytes([1, 2, 3], 'little'), int.from_bytes(bytearray(b'\xff'), 'big', signed=True))
for bad in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(-1, 'big'), lambda: int.from_bytes('ab', 'big'), lambda: int.from_bytes(5, 'big'), lambda: (128).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(1, 'big', sign=True), lambda: int.from_bytes([300])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class MyInt(int): pass
print(type(MyInt.from_bytes(b'\x02', 'big')).__name__, MyInt.from_bytes(b'\x02', 'big'))
for x in [1.5, 0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, float('inf'), float('-inf'), float('nan'), 123456.789]:
    h = x.hex()
    print(h, float.fromhex(h), float.fromhex(h) == x or x != x)
for s in ['0x1p-1', ' 0X1.8P+1 ', '-0x.8', '1', 'ff', '0x1.fffffffffffff8p0', 'inf', '-Infinity', 'nan', '0x1p-1074', '0x1p-1080', '0x1.0000000000001p0']:
    print(repr(s), float.fromhex(s))
for s in ['', 'x', '0x', '0x1p', '0xg', '1.2.3']:
    try:
        float.fromhex(s)
    except ValueError as e:
        print(repr(s), 'ValueError', e)
try:
    float.fromhex('0x1p2000')
except OverflowError as e:
    print('OverflowError', e)
