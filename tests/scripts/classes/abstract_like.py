class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError(type(self).__name__ + ' must implement area')
    def __str__(self):
        return '%s with area %.2f' % (self.name, self.area())
    def __lt__(self, other):
        return self.area() < other.area()
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__('rect')
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circle(Shape):
    def __init__(self, r):
        super().__init__('circle')
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
shapes = [Rect(3, 4), Circle(1), Rect(1, 1), Circle(2)]
for s in sorted(shapes):
    print(s)
print(max(shapes).name, min(shapes).name)
try:
    print(Blob('blob'))
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
print([type(s).__name__ for s in shapes])
