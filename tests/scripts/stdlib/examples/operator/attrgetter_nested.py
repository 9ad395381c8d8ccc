"""attrgetter with dotted names, and class hierarchies sorted by computed attributes."""
from operator import attrgetter, methodcaller
from dataclasses import dataclass
import math


@dataclass
class Address:
    city: str
    zip: str


@dataclass
class Person:
    name: str
    age: int
    address: Address


people = [
    Person('Zed', 30, Address('Oslo', '0150')),
    Person('Amy', 25, Address('Bergen', '5003')),
    Person('Bob', 35, Address('Oslo', '0001')),
]
for p in sorted(people, key=attrgetter('address.city', 'address.zip')):
    print(p.name, p.address.city, p.address.zip)
print(list(map(attrgetter('address.city'), people)))


class Shape:
    def area(self) -> float:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f'{type(self).__name__}(area={self.area():.2f})'


class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return math.pi * self.r ** 2


class Square(Shape):
    def __init__(self, s: float) -> None:
        self.s = s

    def area(self) -> float:
        return self.s ** 2


shapes = [Circle(1), Square(3), Circle(0.5), Square(1.5)]
print(sorted(shapes, key=methodcaller('area')))
print(max(shapes, key=methodcaller('area')))
