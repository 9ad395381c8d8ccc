class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError('negative radius')
        self._r = v
    @radius.deleter
    def radius(self):
        print('deleting radius')
        del self._r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 2)
c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.radius, c.area)
try:
    c.radius = -1
except ValueError as e:
    print('ValueError:', e)
try:
    c.area = 5
except AttributeError as e:
    print('AttributeError:', e)
del c.radius
print(hasattr(c, '_r'))
class Lazy:
    def __init__(self):
        self.computed = 0
    def _get(self):
        self.computed += 1
        return 42
    value = property(_get, doc='the value')
l = Lazy()
print(l.value, l.value, l.computed)
print(type(Circle.radius).__name__)
class Sub(Circle):
    @property
    def radius(self):
        return 'sub sees ' + str(self._r)
print(Sub(7).radius)
