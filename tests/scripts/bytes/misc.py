print(b'abc'[0:0], bytes(b'abc') is not None)
x = b'abc'
print(x.__len__(), x.__getitem__(1), x.__contains__(b'b'), x.__add__(b'd'))
print(bytes.fromhex('61'), b''.fromhex('62'))
print(b'ab' * True, [b'x'] * 2)
print(b'ab'.join((b'1', b'2')), list(map(bytes, [[65], [66]])))
print(f'{b"a"!s}', '%a' % b'\xff', ascii(b'x'))
print(repr(bytearray(b"'")), bytearray(b'ab') + b'c', b'c' + bytearray(b'ab'), bytearray(b'x') * 2)
print(bytearray(b'abc')[1], bytearray(b'abc')[::-1], b'abc' in [b'abc'], bytearray(b'q') in [b'q'])
print(int(b'42'[0]), chr(b'A'[0]), ord(b'A'), bytes([ord('z')]))
print(b'\x00'.hex(), str(bytearray(b'r')), bool(bytearray()))
import sys
print(type(iter(b'')).__name__, type(iter(bytearray())).__name__)
print(b'%s %r' % (b'x', b'y'))
try:
    b'%s' % 'str'
except TypeError as e:
    print(e)
d = {}
d[bytearray(b'k') and b'k'] = 1
print(d, b'a'.split(maxsplit=1), b'a b'.split(sep=b' '))
print(b'abc' == memoryview if False else b'abc'.decode(errors='strict'), b'x'.decode(encoding='ascii'))
print(max([b'a', b'c', b'b']), b'abc'.index(98), b'a\x00'.isalpha())
with open('_tmp_bytes_misc.txt', 'wb') as f:
    print(f, f.name, f.mode, f.closed, type(f).__name__)
print(f.closed)
with open('_tmp_bytes_misc.txt', 'rb') as f:
    print(f, f.read(), type(f).__name__)
try:
    open('_tmp_bytes_misc.txt', 'rb', encoding='utf-8')
except ValueError as e:
    print(e)
with open('_tmp_bytes_misc.txt', 'r+b') as f:
    f.write(b'hello')
    f.seek(0)
    print(f.read(), f.tell())
print(b'ABC'.lower(), bytes(5)[2], hash(bytes(3)) == hash(b'\x00\x00\x00'))
