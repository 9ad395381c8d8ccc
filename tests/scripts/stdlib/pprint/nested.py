# pprint: line breaking of nested dicts, lists, tuples, sets; width, indent, depth,
# compact, sort_dicts, underscore_numbers; pformat, pp, PrettyPrinter
import pprint

data = {
    'name': 'gilpy',
    'versions': [(3, 11, i) for i in range(8)],
    'nested': {'a': list(range(30)), 'b': {'deep': {'deeper': ['x' * 10] * 5}}, 'c': ()},
    'set': set(range(25)),
    'frozen': frozenset([10 ** 6 + i for i in range(9)]),
    'empty': [{}, [], (), set(), frozenset(), ''],
    1: 'int key', (1, 2): 'tuple key',
    'one': (1,), 'floats': [1.5, -2.25e-10, float('inf')], 'none': None, 'bools': [True, False],
}
pprint.pprint(data)
for width in (1, 10, 20, 40, 60, 100, 200):
    print('--- width', width)
    pprint.pprint(data['nested'], width=width)
    pprint.pprint(data['versions'], width=width, compact=True)
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=60))
print(pprint.pformat(data['nested'], depth=3, compact=True, width=30))
pprint.pprint(list(range(60)), compact=True)
pprint.pprint(list(range(60)), compact=True, indent=3, width=40)
pprint.pprint([list(range(12))] * 4, compact=True, width=30)
pprint.pprint({'z': 1, 'a': 2, 'm': [3] * 30})
pprint.pprint({'z': 1, 'a': 2, 'm': [3] * 30}, sort_dicts=False)
pprint.pp({'z': 1, 'a': 2, 'm': [3] * 30})
pprint.pp({'z': 1, 'a': 2}, width=5)
pprint.pprint([10 ** 10, 123456789, -1000000, {10 ** 6: 2 ** 40}], underscore_numbers=True)
pprint.pprint([10 ** 10] * 10, underscore_numbers=True, width=40)
pprint.pprint({'mixed': [1, 'a', 2.5, None, (3,)], 1: 2, 'b': 3, None: 0, 2.5: 1})
pprint.pprint({(1, 2), (3,), 5, 7})
pprint.pprint({'s%02d' % i for i in range(30)})
pprint.pprint(frozenset({'s%02d' % i for i in range(30)}))
pprint.pprint(((1, 2), [(3, 4), [5, (6, [7] * 20)]]), width=30)
pprint.pprint([('x' * 30, 'y' * 30), ['z' * 70]])

printer = pprint.PrettyPrinter(indent=2, width=30, depth=3)
printer.pprint(data['nested'])
print(printer.pformat([1, [2, [3, [4, [5]]]]]))
print(printer.isreadable([1, 2]), printer.isrecursive([1, 2]))

for kwargs in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError', e)


class Stream:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


s = Stream()
pprint.pprint({'to': 'stream', 'list': list(range(40))}, stream=s)
print(repr(''.join(s.parts)))
pprint.PrettyPrinter(stream=s, width=20).pprint(['a', 'b', 'c' * 20])
print(len(s.parts) > 5)


class MyDict(dict):
    pass


class ReprList(list):
    def __repr__(self):
        return 'ReprList!'


pprint.pprint(MyDict({'key%d' % i: i for i in range(12)}))
pprint.pprint(ReprList(range(40)))
pprint.pprint([ReprList(), MyDict()], width=5)
