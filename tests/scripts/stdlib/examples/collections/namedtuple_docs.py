"""namedtuple examples from the docs."""
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p[0] + p[1])
x, y = p
print(x, y, p.x + p.y)
print(p)
print(Point._make([11, 22]))
print(p._asdict())
print(p._replace(x=33))
print(p._fields, Point._field_defaults)

Color = namedtuple('Color', 'red green blue')
Pixel = namedtuple('Pixel', Point._fields + Color._fields)
print(Pixel(11, 22, 128, 255, 0))
print(getattr(p, 'x'))
d = {'x': 11, 'y': 22}
print(Point(**d))


class Point2(namedtuple('Point', ['x', 'y'])):
    __slots__ = ()

    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return 'Point: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)


for pt in Point2(3, 4), Point2(14, 5/7):
    print(pt)

Account = namedtuple('Account', ['type', 'balance'], defaults=[0])
print(Account._field_defaults, Account('premium'))
R = namedtuple('R', 'a def class', rename=True)
print(R._fields)


class Employee(NamedTuple):
    """Represents an employee."""
    name: str
    id: int = 3

    def __repr__(self) -> str:
        return f'<Employee {self.name}, id={self.id}>'


e = Employee('Guido')
print(e, e.name, e.id, Employee._fields, Employee.__doc__)
print(sorted([Point(3, 1), Point(1, 2), Point(1, 1)]))
try:
    Point(1)
except TypeError as ex:
    print('TypeError:', ex)
try:
    p.x = 5
except AttributeError as ex:
    print('AttributeError:', ex)
