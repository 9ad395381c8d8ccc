# pprint: long strings split into implicitly concatenated parts, bytes, bytearray,
# recursion markers, saferepr, isreadable, isrecursive, dataclasses
import pprint
from dataclasses import dataclass, field

text = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
        "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.")
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint([text, {'key': text}], width=50)
pprint.pprint({'multi': 'line one\nline two is a bit longer than the first\n\nline four\n' * 3}, width=40)
pprint.pprint('nospacesatallinthisverylongstringthatcannotbebrokenanywhereatall' * 3, width=20)
pprint.pprint(['tab\tseparated\twords and "quotes" and \'apostrophes\' ' * 4], width=35)
pprint.pprint(('short', 'a' * 100), width=60)
pprint.pprint('   leading spaces   and trailing    ' * 5, width=25)
pprint.pprint(b'\x00\x01binary data that is fairly long \xff\xfe' * 4, width=40)
pprint.pprint([b'abcdefgh' * 10, b'abc'], width=30)
pprint.pprint(bytearray(b'bytearray contents ' * 6), width=40)
pprint.pprint({'b': b'x' * 100}, width=50)

a = [1, 2]
a.append(a)
print(pprint.pformat(a).replace(str(id(a)), 'ID'))
d = {'self': None, 'list': [1, 2, 3]}
d['self'] = d
d['list'].append(d)
print(pprint.pformat(d).replace(hex(id(d)), 'ID').replace(str(id(d)), 'ID'))
nested = [a, a]
print(pprint.pformat(nested).replace(str(id(a)), 'ID'))
t = ([],)
t[0].append(t)
print(pprint.saferepr(t).replace(str(id(t)), 'ID'))
big = {'k%d' % i: list(range(i)) for i in range(12)}
big['me'] = big
print(pprint.pformat(big, width=60).replace(str(id(big)), 'ID'))

print(pprint.saferepr({'b': 1, 'a': [1, (2,)]}), pprint.saferepr('x'), pprint.saferepr(3.5))
print(pprint.isreadable([1, 'a', {2: (3.5, None)}]), pprint.isreadable(object()), pprint.isreadable(a))
print(pprint.isrecursive(a), pprint.isrecursive([1, [2]]), pprint.isrecursive(d))
print(pprint.PrettyPrinter().isreadable(a), pprint.PrettyPrinter().isrecursive(d))


@dataclass
class Point:
    x: int
    y: int
    label: str = 'origin'
    hidden: list = field(default_factory=list, repr=False)


@dataclass
class Shape:
    name: str
    points: list


pprint.pprint(Point(1, 2))
pprint.pprint(Shape('polygon with a long name', [Point(i, i * i, 'p%d' % i) for i in range(5)]))
pprint.pprint(Shape('tri', [Point(0, 0), Point(1, 0), Point(0, 1)]), width=40)
pprint.pprint([Shape('s' * 50, [])], width=30)


class Custom:
    def __repr__(self):
        return 'Custom(' + 'x' * 90 + ')'


pprint.pprint([Custom(), Custom()])
print(pprint.isreadable(Custom()))
