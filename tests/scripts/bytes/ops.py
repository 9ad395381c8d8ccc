b = b'hello world'
print(b[0], b[-1], b[1:5], b[::-1], b[::2], b[100:], b[-3:])
print(b + b'!', b * 2, 3 * b'ab', b * 0, b * -1)
print(b'o' in b, b'xyz' in b, 111 in b, 300 in b'' if False else 0 in b, b'' in b)
print(len(b), len(b''), bool(b''), bool(b'a'))
print(list(b'abc'), tuple(b'\x00\xff'), [x for x in b'hi'])
print(b'a' == b'a', b'a' != b'b', b'a' < b'b', b'ab' < b'a', b'a' <= b'a', b'b' > b'a', b'ab' >= b'abc')
print(b'a' == 'a', b'a' == bytearray(b'a'), bytearray(b'x') == b'x', bytearray(b'a') < b'b')
print(sorted([b'b', b'a', b'c', b'']), max(b'zebra'), min(b'zebra'), sum(b'\x01\x02'))
print(hash(b'a') == hash(b'a'), hash(b'') == hash(b''), hash(b'abc') == hash(bytes([97, 98, 99])))
d = {b'a': 1, b'b': 2}
d[b'a'] += 10
print(d, d[b'a'], b'b' in d, b'c' in d, d.get(bytes([98])))
s = {b'x', b'y', b'x', bytes(b'y')}
print(sorted(s), b'x' in s, len(s))
print({b'k': 1} == {b'k': 1}, (b'a', 1) in {(b'a', 1)})
print(list(reversed(b'abc')), enumerate(b'ab').__next__())
print(b'x' if b'' else b'y', not b'')
KEY = 'x'
for bad in [lambda: b'a' + 'b', lambda: 'a' + b'b', lambda: b'a' + 1, lambda: b'a' * 'x', lambda: b'a'[5],
            lambda: b'a'[KEY], lambda: 'x' in b'abc', lambda: 256 in b'a', lambda: b'a' < 'b', lambda: b'a' - b'a',
            lambda: hash(bytearray())]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    b'a'[0] = 1
except TypeError as e:
    print(e)
try:
    del b'a'[0]
except TypeError as e:
    print(e)
print('%s' % b'x', '%r' % b'y', f'{b"z"}', f'{b"z"!r}', str(b"q"), '{}'.format(b'w'))
print(b'%d-%s-%x' % (5, b'ab', 255), b'%05.1f' % 2.25, b'%c' % 65, b'100%%' % ())
print([b'a', bytearray(b'b')], (b'\x00',))
