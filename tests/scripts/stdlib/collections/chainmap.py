# collections.ChainMap: lookups through the maps, writes to the first, new_child, parents, errors.
from collections import namedtuple, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString


def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: ChainMap({}).pop(1))
t(lambda: ChainMap({}).popitem())
t(lambda: ChainMap({}, {1:2}).__delitem__(1))
t(lambda: ChainMap({1:2}).keys())
t(lambda: ChainMap()[3])
def f():
    a = {'x': 1}; b = {'x': 2, 'y': 3}
    c = ChainMap(a, b)
    r = [c['x'], c['y'], len(c), list(c), 'y' in c, c.get('q', 0), c.maps == [a, b], c]
    c['y'] = 9; del c['x']
    r += [a, b, c.parents, c.new_child(), c.new_child({'n': 1}), c.new_child(k=2), bool(ChainMap()), bool(c)]
    r += [list(c.items()), list(c.values()), c.copy(), c.pop('y'), c, dict(c)]
    return r
t(f)
