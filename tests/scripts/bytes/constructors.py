print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes((1, 2)))
print(bytes(b'abc'), bytes(bytearray(b'xy')), bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'))
print(bytes('é', 'latin-1'), bytes(x for x in [104, 105]), bytes(True))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b'ab'), bytearray('hi', 'utf8'))
print(bytes.fromhex('de ad be ef'), bytearray.fromhex('00ff'), bytes.fromhex(''))
print(b'\xde\xad'.hex(), b''.hex(), bytearray(b'\x01\x02').hex(), b'\x01\x02\x03'.hex('-'), b'\x01\x02\x03'.hex(':', 2), b'\x01\x02\x03'.hex(' ', -2))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytearray([300]), lambda: bytes(['a']),
            lambda: bytes('abc'), lambda: bytes(-1), lambda: bytes(1.5), lambda: bytes(b'x', 'utf-8'),
            lambda: bytes('x', 'nope'), lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('abc'),
            lambda: bytes([1.0]), lambda: bytearray('x'), lambda: bytes(None)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class B(bytes):
    pass
x = B(b'sub')
print(x, isinstance(x, bytes), type(x).__name__, x == b'sub', len(x), x[0], x.upper(), x + b'!')
print({x: 1}[b'sub'])
