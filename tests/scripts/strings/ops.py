a = 'foo'
b = 'bar'
print(a + b, a * 3, 3 * b, a * 0, repr(a * -1))
print(a < b, a > b, 'abc' < 'abd', 'ab' < 'abc', 'Z' < 'a', '' < 'a')
print(a == 'foo', a != 'foo', 'a' <= 'a', 'b' >= 'c')
print('oo' in a, 'x' not in a)
s = ''
for i in range(5):
    s += str(i)
print(s)
print(min('hello'), max('hello'), sorted('hello'))
print(sorted(['banana', 'Apple', 'cherry', 'apple']))
print(str(123) + 'abc', 'x' + str(1.5) + str(None))
print('%s' % 'x' * 3)
print(hash('abc') == hash('ab' + 'c'))
print(ord('A'), chr(97), chr(0x4e2d), ord('\n'))
print(list(reversed('abc')))
print(tuple('ab'), set('aa'))
