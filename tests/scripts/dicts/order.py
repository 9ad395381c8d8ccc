d = {}
for k in ['zebra', 'apple', 'mango', 'banana']:
    d[k] = len(k)
print(d)
print(list(d))
d['apple'] = 0
print(d)
del d['zebra']
d['zebra'] = 99
print(d)
d2 = {k: v for k, v in sorted(d.items())}
print(d2)
words = 'the cat and the hat and the bat'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(max(counts, key=counts.get))
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv)
print({i: i * i for i in range(5) if i != 2})
