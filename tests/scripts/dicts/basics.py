d = {'one': 1, 'two': 2}
d['three'] = 3
print(d, len(d))
print(d['two'], d.get('four'), d.get('four', 4), d.get('one', 100))
print('one' in d, 'four' in d, 1 in d)
d['one'] = 'ONE'
print(d)
del d['two']
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print('key', k)
for k, v in d.items():
    print(k, '->', v)
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e)
print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=True))
print(dict(zip('abc', range(3))))
print({}, dict())
print({1: 'a', 1.0: 'b', True: 'c'})
print({(1, 2): 'tuple key', None: 'none key', 3.5: 'float key'})
