d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('b'), d)
print(d.pop('zz', 'default'))
print(d.popitem(), d)
print(d.setdefault('a', 100), d.setdefault('n', []), d)
d['n'].append(1)
print(d)
d.update({'x': 10, 'a': -1})
d.update(y=20)
d.update([('z', 30)])
print(d)
c = d.copy()
c['new'] = 1
print(len(d), len(c))
print(dict.fromkeys(['p', 'q'], 0), dict.fromkeys('ab'))
c.clear()
print(c)
keys = d.keys()
d['late'] = True
print(list(keys))
print(sorted(d.items(), key=lambda kv: str(kv[0]))[:3])
print(list(reversed(d)))
m = {'a': 1} | {'b': 2}
print(m)
m |= {'a': 99}
print(m)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
print({'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 2})
