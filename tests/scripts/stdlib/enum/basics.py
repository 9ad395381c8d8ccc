# enum: Enum, auto, aliases, iteration, len, lookup by name and value, name/value,
# repr/str/format, comparison, hashing, __members__, errors, unique
import enum
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return '%s is %d' % (self.name.lower(), self.value)

    @classmethod
    def favourite(cls):
        return cls.GREEN

    @property
    def upper(self):
        return self.name.upper()


print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE), f'{Color.RED}', '{:>12}|'.format(Color.RED))
print(list(Color), len(Color))
print(Color['GREEN'], Color(3), Color(Color.RED), Color.CRIMSON, Color.CRIMSON is Color.RED, Color['CRIMSON'])
print(Color.RED.name, Color.RED.value, Color.CRIMSON.name, Color.RED.describe(), Color.favourite(), Color.RED.upper)
print(type(Color.RED), type(Color), Color, isinstance(Color.RED, Color), issubclass(Color, Enum))
print(list(Color.__members__), Color.__members__['CRIMSON'], len(Color.__members__))
print(Color.RED == Color.RED, Color.RED == Color.CRIMSON, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is Color(1))
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON], sorted(Color, key=lambda c: -c.value))
print(Color.RED in Color, [c.name for c in Color], Color._member_names_)
for bad in [lambda: Color(4), lambda: Color('RED'), lambda: Color['PURPLE'], lambda: Color.RED < Color.GREEN]:
    try:
        print(bad())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    class MoreColor(Color):
        PINK = 17
except TypeError as e:
    print('TypeError', e)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = 10
    LINE = auto()
    _ignore_ = ['helper']
    helper = 'not a member'
    __private = 'not a member either'


print(list(Shape), Shape.LINE.value, hasattr(Shape, 'helper'))


class Empty(Enum):
    pass


class WithMethods(Empty):
    A = 'a'
    B = 'b'


print(list(WithMethods), len(Empty), list(Empty), WithMethods('b'))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        UNO = 1
        DOS = 2
except ValueError as e:
    print('ValueError', e)


@unique
class Fine(Enum):
    X = 1
    Y = 2


print(list(Fine))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    @classmethod
    def _missing_(cls, value):
        if value == 'fun':
            return cls.FUNKY
        return None


print(Mood('fun'), Mood(3))
try:
    Mood(7)
except ValueError as e:
    print('ValueError', e)

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.BEE.value, Animal.__name__, repr(Animal))
print(list(Enum('Sizes', ['S', 'M', 'L'], start=0)), list(Enum('Pairs', [('a', 'x'), ('b', 'y')])))
print(list(Enum('Mapped', {'ONE': 1, 'TWO': 2})), list(Enum('Commas', 'X, Y,Z')))
print(Color.RED.__class__.__name__, Color.__name__, Color.RED.__reduce_ex__(4))
print(Color.RED.__copy__() is Color.RED, Color.GREEN.__deepcopy__({}) is Color.GREEN)


class Documented(Enum):
    """Colours of the rainbow."""
    RED = 1


print(Color.__doc__, Documented.__doc__, Documented.RED.__doc__)


class StrMixin(str, Enum):
    A = 'a'
    B = 'b'


class IntMixin(int, Enum):
    X = 1


print(repr(StrMixin.A), str(StrMixin.A), format(StrMixin.A), StrMixin.A == 'a', StrMixin('b'), StrMixin.A.upper())
print(repr(IntMixin.X), str(IntMixin.X), format(IntMixin.X), IntMixin.X + 1)


class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()


print(list(Custom))
