s = 'Hello, World!'
print(s[7:12], s[-6:-1], s[:5].upper(), s[::-1])
print(s[0:len(s):3], s[-1::-4])
print(s[3:3] == '', s[5:1] == '', s[:100] == s)
word = 'racecar'
print(word == word[::-1], 'python'[::-1] == 'python')
t = (0, 1, 2, 3, 4, 5)
print(t[1:4], t[::-2], t[-2:], type(t[1:2]).__name__)
r = range(20)
print(r[5:10], r[::5], r[-3:], list(r[10:2:-3]))
b = b'bytes!'
print(b[1:3], b[-1])
def chunks(seq, n):
    return [seq[i:i + n] for i in range(0, len(seq), n)]
print(chunks('abcdefgh', 3), chunks([1, 2, 3, 4, 5], 2))
def rotate(seq, k):
    k %= len(seq)
    return seq[k:] + seq[:k]
print(rotate('abcdef', 2), rotate([1, 2, 3], -1), rotate((1, 2, 3), 4))
idx = slice(2, None)
print('abcdef'[idx], [1, 2, 3, 4][idx])
