# abc: abstract methods block instantiation until overridden, ABC and
# ABCMeta, register and __subclasshook__ for virtual subclasses.
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Half(Shape):
    def area(self):
        return 1

class Square(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
print(isinstance(sq, Shape), type(Shape) is ABCMeta, isinstance(Shape, ABCMeta))

class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__)
        return NotImplemented

class Canvas:
    def draw(self):
        return "drawn"

class Plain:
    pass

print(isinstance(Canvas(), Drawable), isinstance(Plain(), Drawable), issubclass(Canvas, Drawable))

class Sized(ABC):
    pass
Sized.register(list)
print(isinstance([], Sized), isinstance({}, Sized), issubclass(list, Sized))
try:
    Sized.register(3)
except TypeError as e:
    print("TypeError:", e)

class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...
class Named(Base):
    @property
    def name(self):
        return "named"
print(Named().name)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(abc.get_cache_token(), int))
