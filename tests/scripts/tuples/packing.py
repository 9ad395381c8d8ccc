def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi)
r = minmax('hello')
print(r, type(r).__name__)
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 'xyz'
print(x, y, z)
pairs = [(1, 'one'), (2, 'two')]
for num, word in pairs:
    print(num, word)
for i, (n, w) in enumerate(pairs):
    print(i, n, w)
t = 1,
print(t)
print(len((1, 2, 3)), (1, 2, 3)[::-1])
