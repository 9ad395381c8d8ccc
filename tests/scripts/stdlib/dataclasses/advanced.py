# dataclasses: inheritance, __post_init__, InitVar, ClassVar, KW_ONLY, fields, asdict,
# astuple, replace, is_dataclass, make_dataclass
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, asdict, astuple, replace, is_dataclass
from typing import ClassVar, List


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    x: int = 10


print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)], Child.__match_args__)


class Middle(Base):
    pass


@dataclass
class Leaf(Middle):
    w: str = 'w'


print(Leaf(5), fields(Leaf)[2].name, Leaf(5) == Base(5), Base(5) == Base(5))


@dataclass
class Circle:
    radius: float
    scale: InitVar[float] = 1.0
    area: float = field(init=False)
    unit: ClassVar[str] = 'cm'
    count: ClassVar[int] = 0

    def __post_init__(self, scale):
        self.radius = self.radius * scale
        self.area = round(3.14159 * self.radius ** 2, 3)
        Circle.count += 1


c = Circle(2.0)
print(c, Circle(1.0, 3.0), Circle.unit, Circle.count, hasattr(c, 'scale'))
print([f.name for f in fields(Circle)], Circle.__match_args__)
print(repr(InitVar[int]), repr(InitVar[List[int]]))
print(sorted(Circle.__dataclass_fields__))
print(Circle.__dataclass_fields__['unit']._field_type, Circle.__dataclass_fields__['scale']._field_type)


@dataclass
class Post:
    a: int

    def __post_init__(self):
        print('post_init ran with', self.a)


Post(7)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(KW(1, c=3), KW(1, b=2, c=3), KW.__match_args__)
for args, kwargs in [((1, 2), {}), ((1,), {}), ((), {})]:
    try:
        KW(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)


@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 2


print(AllKW(a=1), AllKW.__match_args__)
try:
    AllKW(1)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Mixed:
    a: int = field(kw_only=True)
    b: int = 0


print(Mixed(5, a=1))

f0 = fields(Base)[0]
print(f0.name, f0.type, f0.default is dataclasses.MISSING, f0.init, f0.repr, f0.hash, f0.compare, f0.kw_only)
print(fields(Base)[1].default, fields(Base(1))[1].name, dict(f0.metadata))
fm = field(default=3, metadata={'unit': 'm'})
print(fm.metadata['unit'], len(fm.metadata), fm.default)
try:
    fields(3)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Inner:
    v: int
    tags: list = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    mapping: dict
    pair: tuple


o = Outer('o', Inner(1, ['t']), [Inner(2), 3], {'k': Inner(4)}, (Inner(5), 6))
print(asdict(o))
print(astuple(o))
d = asdict(o)
d['inner']['tags'].append('changed')
print(o.inner.tags)
print(asdict(Inner(1), dict_factory=lambda items: sorted(items)))
print(astuple(Inner(1, [2]), tuple_factory=list))
for func in (asdict, astuple):
    try:
        func(Inner)
    except TypeError as e:
        print('TypeError', e)

print(replace(Inner(1, ['a']), v=2), replace(Base(1), y=5), replace(c, scale=2.0))
try:
    replace(c, area=1.0)
except ValueError as e:
    print('ValueError', e)
try:
    replace(Inner(1), w=1)
except TypeError as e:
    print('TypeError', e)
try:
    replace(3)
except TypeError as e:
    print('TypeError', e)
print(is_dataclass(Inner), is_dataclass(Inner(1)), is_dataclass(3), is_dataclass(int))

P = dataclasses.make_dataclass('P', ['z', ('x', int), ('y', int, field(default=0))])
print(P(3, 1), [f.name for f in fields(P)], P(1, 2, 3) == P(1, 2, 3))
Q = dataclasses.make_dataclass('Q', [('a', int, field(default=7))], bases=(Base,), namespace={'double': lambda self: self.a * 2}, frozen=False)
print(Q(1, 2, 3), Q(1, 2, 3).double())
try:
    dataclasses.make_dataclass('R', [('a', int), ('a', int)])
except TypeError as e:
    print('TypeError', e)

try:
    @dataclass
    class Thawed(Base):
        pass

    @dataclass(frozen=True)
    class Frozen(Thawed):
        q: int = 0
except TypeError as e:
    print('TypeError', e)


@dataclass(frozen=True)
class FrozenBase:
    a: int


try:
    @dataclass
    class NotFrozen(FrozenBase):
        b: int = 0
except TypeError as e:
    print('TypeError', e)


@dataclass(frozen=True)
class FrozenChild(FrozenBase):
    b: int = 0


fc = FrozenChild(1, 2)
print(fc, hash(fc) == hash((1, 2)))
try:
    fc.a = 5
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError', e)
