d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
print(len(k), 'a' in k, 2 in v, ('a', 1) in it, ('a', 2) in it)
d['d'] = 4
print(list(k), list(v))
print(type(k).__name__, type(v).__name__, type(it).__name__)
try:
    for key in d:
        d['new' + key] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
print(sum(d.values()))
