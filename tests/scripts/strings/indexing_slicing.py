s = 'abcdefghij'
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2])
print(s[100:], s[-100:3], s[5:2], repr(s[3:3]))
print(len(s), len(''), len('\u4e2d\u6587'))
for ch in 'xyz':
    print(ch, ord(ch))
print(list('hey'))
try:
    s[10]
except IndexError as e:
    print('IndexError:', e)
try:
    s[0] = 'z'
except TypeError as e:
    print('TypeError:', e)
print('中文字'[1], '中文字'[::-1])
