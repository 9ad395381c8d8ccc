# dataclasses: @dataclass with/without parentheses, defaults, field(), repr/eq/order/hash, errors
import dataclasses
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(Point(3)), Point(y=5, x=4), Point(1, 2) == p, Point(1, 2) != Point(2, 1))
print(p.__eq__(1), Point.__match_args__, Point.__doc__, Point.__hash__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 1}), ((1,), {'x': 1}), ((), {'y': 1})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)


@dataclass()
class Three:
    a: int
    b: str
    c: float


try:
    Three()
except TypeError as e:
    print('TypeError', e)
try:
    Three(1)
except TypeError as e:
    print('TypeError', e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0)]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1) <= Version(1), Version(3) > Version(3))
print(hash(Version(1, 2)) == hash((1, 2, 0)), len({Version(1), Version(1, 0), Version(2)}))
print(Version.__lt__(Version(1), 5))
try:
    Version(1) < 5
except TypeError as e:
    print('TypeError', e)
v = Version(1)
try:
    v.major = 2
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.minor
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    v.other = 1
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)


@dataclass
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    price: float = field(default=1.5, repr=False)
    secret: str = field(default='s', compare=False)
    count: int = field(default=0, init=False)
    meta: dict = field(default_factory=dict, init=False, repr=False)


a = Inventory('apple')
b = Inventory('apple', ['fruit'], 2.0, 'other')
print(a, b, a.tags is not Inventory('x').tags, a.count, a.meta)
print(a == Inventory('apple', [], 1.5, 'different'), a == b)
try:
    Inventory('x', count=3)
except TypeError as e:
    print('TypeError', e)


@dataclass(eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), hash(Plain(1)) is not None, '__hash__' in Plain.__dict__)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False)
    c: int = field(default=0, compare=False)


print(hash(Hashy(1)) == hash((1,)), Hashy(1, [2]) == Hashy(1, [3]), Hashy(1, c=5) == Hashy(1, c=6))


@dataclass
class WithHash:
    a: int

    def __hash__(self):
        return 42


print(hash(WithHash(1)))


@dataclass(repr=False, init=False)
class NoGenerated:
    a: int = 3

    def __repr__(self):
        return 'custom'


print(NoGenerated(), NoGenerated().a)

for make in ['mutable', 'order', 'field', 'both', 'lt', 'hash', 'noannot']:
    try:
        if make == 'mutable':
            @dataclass
            class Bad:
                x: list = []
        elif make == 'order':
            @dataclass
            class Bad:
                x: int = 0
                y: int
        elif make == 'field':
            @dataclass(order=True, eq=False)
            class Bad:
                x: int
        elif make == 'both':
            field(default=1, default_factory=list)
        elif make == 'lt':
            @dataclass(order=True)
            class Bad:
                x: int

                def __lt__(self, other):
                    return True
        elif make == 'hash':
            @dataclass(unsafe_hash=True)
            class Bad:
                x: int

                def __hash__(self):
                    return 1
        elif make == 'noannot':
            @dataclass
            class Bad:
                x = field(default=1)
    except (TypeError, ValueError) as e:
        print(make, type(e).__name__, e)

for bad in [{'x': set()}, {'x': {}}]:
    try:
        @dataclass
        class Bad:
            x: object = bad['x']
    except ValueError as e:
        print('ValueError', e)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1, [Node(2)])
n.children.append(n)
print(repr(n))
