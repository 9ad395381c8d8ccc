a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10, 11], (12,)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > {1, 2, 3, 4})
print({1, 2}.issubset(a), a.issuperset({4}), a.isdisjoint({7, 8}), a.isdisjoint(b))
c = set(a)
c |= {9}
print(c)
c &= {1, 2, 9, 100}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
d = {1, 2, 3}
d.update([4, 5], {6})
print(d)
d.intersection_update({1, 2, 3, 4})
print(d)
d.difference_update({1})
print(d)
d.symmetric_difference_update({3, 10})
print(d)
words1 = set('the quick brown fox'.split())
words2 = set('the lazy brown dog'.split())
print(sorted(words1 & words2), sorted(words1 - words2))
