"""Examples from the collections.Counter documentation."""
from collections import Counter

cnt = Counter()
for word in ['red', 'blue', 'red', 'green', 'blue', 'blue']:
    cnt[word] += 1
print(cnt)

text = """The Zen of Python, by Tim Peters. Beautiful is better than ugly.
Explicit is better than implicit. Simple is better than complex."""
words = text.lower().replace('.', ' ').replace(',', ' ').split()
print(Counter(words).most_common(4))

c = Counter(a=4, b=2, c=0, d=-2)
print(sorted(c.elements()))
d = Counter(a=1, b=2, c=3, d=4)
c.subtract(d)
print(c)
print(c.total())
print(Counter('abracadabra').most_common(3))
c = Counter(a=3, b=1)
d = Counter(a=1, b=2)
print(c + d, c - d, c & d, c | d, sep='\n')
print(+Counter(a=2, b=-4), -Counter(a=2, b=-4))
print(Counter(a=1) == Counter(a=1, b=0))
print(list(c), c['missing'], dict(c))
del c['a']
print(c, repr(Counter()))
inventory = Counter(apples=3, pears=0)
inventory.update(['apples', 'kiwis'])
inventory.update({'pears': 5})
print(inventory.most_common())
print(sum(inventory.values()), inventory.keys())
