s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.find('cat'), s.rfind('the'), s.rfind('cat'))
print(s.index('quick'), s.rindex('o'))
print(s.count('o'), s.count('the'), s.count(''), 'aaaa'.count('aa'))
print(s.startswith('the'), s.startswith('quick'), s.startswith('quick', 4))
print(s.endswith('dog'), s.endswith(('cat', 'dog')), s.startswith(('a', 'b')))
print(s.replace('the', 'a'))
print(s.replace('o', '0', 2))
print('aaa'.replace('a', 'bb'))
print('abc'.replace('', '-'))
print(s.find('o', 15, 30))
print('hello'.find(''), 'hello'.rfind(''))
try:
    s.index('cat')
except ValueError as e:
    print('ValueError:', e)
print('prefix_body'.removeprefix('prefix_'), 'body.txt'.removesuffix('.txt'), 'x'.removeprefix('y'))
