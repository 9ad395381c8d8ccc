# typing: NamedTuple (class syntax and call), TypedDict (class syntax and call)
from typing import NamedTuple, TypedDict, List, Optional


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __str__(self):
        return 'P<%s,%s>' % (self.x, self.y)


p = Point(3, 4)
print(p, repr(p), p.x, p[1], p.norm2(), p.label, len(p), tuple(p), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, Point.__annotations__, Point(1) == (1, 0, 'p'))
print(p._asdict(), p._replace(y=10), Point._make([5, 6, 'q']), Point(y=2, x=1))
x, y, label = p
print(x, y, label, sorted([Point(2), Point(1, 5), Point(1, 2)]), hash(p) == hash((3, 4, 'p')))
try:
    Point()
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('Guido', 3)
print(e, Employee._fields, Employee.__annotations__, e.name)
Pair = NamedTuple('Pair', first=int, second=Optional[List[int]])
print(Pair(1, None), Pair.__annotations__)

try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as e:
    print('AttributeError', e)


class Movie(TypedDict):
    name: str
    year: int


class Film(Movie, total=False):
    director: str


m = Movie(name='Blade Runner', year=1982)
print(m, type(m), m['year'], Movie.__annotations__, Movie.__total__, Film.__total__)
print(sorted(Movie.__required_keys__), sorted(Film.__required_keys__), sorted(Film.__optional_keys__))
f = Film(name='x', year=1, director='y')
print(f, Film.__annotations__)
Song = TypedDict('Song', {'title': str, 'length': float})
print(Song(title='t', length=1.5), Song.__annotations__, Song.__name__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print('TypeError', e)
