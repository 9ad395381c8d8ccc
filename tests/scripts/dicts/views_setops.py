# Dict views: set operations on keys and items views (any iterable, both orders),
# isdisjoint, reversed(), .mapping (a read-only mappingproxy), comparisons with sets.
d = {1: 'a', 2: 'b'}
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    if isinstance(r, (set, frozenset)):
        r = sorted(r)
    print(label, '->', type(r).__name__, r)

show('d.keys() & {1}', lambda: d.keys() & {1})
show('d.keys() | {3}', lambda: d.keys() | {3})
show('d.keys() - {1}', lambda: d.keys() - {1})
show('d.keys() ^ {1, 5}', lambda: d.keys() ^ {1, 5})
show('{1} & d.keys()', lambda: {1} & d.keys())
show('[1,7] | d.keys()', lambda: [1,7] | d.keys())
show('d.keys() & [2]', lambda: d.keys() & [2])
show("d.items() & {(1, 'a')}", lambda: d.items() & {(1, 'a')})
show("d.items() | {(3,'c')}", lambda: d.items() | {(3,'c')})
show('d.keys().isdisjoint([5])', lambda: d.keys().isdisjoint([5]))
show('list(reversed(d))', lambda: list(reversed(d)))
show('list(reversed(d.keys()))', lambda: list(reversed(d.keys())))
show('list(reversed(d.values()))', lambda: list(reversed(d.values())))
show('list(reversed(d.items()))', lambda: list(reversed(d.items())))
show('d.keys().mapping', lambda: d.keys().mapping)
show('d.items().mapping', lambda: d.items().mapping)
show('d.values().mapping', lambda: d.values().mapping)
show('d.keys() == {1, 2}', lambda: d.keys() == {1, 2})
show('{1,2} == d.keys()', lambda: {1,2} == d.keys())
show('d.keys() == d.keys()', lambda: d.keys() == d.keys())
show("d.items() == {(1,'a'),(2,'b')}", lambda: d.items() == {(1,'a'),(2,'b')})
show('d.keys() < {1,2,3}', lambda: d.keys() < {1,2,3})
show('d.keys() <= {1,2}', lambda: d.keys() <= {1,2})
show("d.keys().mapping['a'] if False else d.keys().mapping[1]", lambda: d.keys().mapping['a'] if False else d.keys().mapping[1])
show('type(d.keys().mapping)', lambda: type(d.keys().mapping))
show('d.values() & {1}', lambda: d.values() & {1})
show('d.keys() & 1', lambda: d.keys() & 1)
show('d.keys() != {1}', lambda: d.keys() != {1})
show('d.keys() > {1}', lambda: d.keys() > {1})
show('d.keys() >= {1,2,3}', lambda: d.keys() >= {1,2,3})

# views are live; the mapping proxy too
k = d.keys()
m = k.mapping
d[3] = 'c'
print(sorted(k & {3, 4}), m[3], len(m), 3 in m, list(m), m.get(9, 'none'))
print(repr(m))
try:
    m[4] = 'd'
except TypeError as e:
    print('TypeError:', e)
print(m == d, m.items() == d.items(), sorted(m.keys()), sorted(m.values()))
print(m.copy() == d, type(m.copy()).__name__)
# the result of a set operation is a new set, of unhashable items an error
print(sorted({1: 0, 2: 0}.keys() ^ {2: 0, 3: 0}.keys()))
try:
    {1: [2]}.items() | {1}
except TypeError as e:
    print('TypeError:', e)
print({1: 0}.items() - [(1, 0)], {}.keys() | [], set() | {}.keys())
print(d.items().isdisjoint([(9, 9)]), d.items().isdisjoint({(1, 'a')}), d.keys().isdisjoint(d.keys()))
r = reversed(d)
print(next(r), list(r))
print(list(reversed({}.items())), list(reversed({1: 2}.values())))
