o = object()
print(type(o).__name__)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
print(str(p).startswith('<__main__.Plain object at 0x'))
print(repr(Plain) == "<class '__main__.Plain'>", repr(int), repr(str), repr(type))
print(Plain.__module__, __name__)
print(object.__name__, object.__bases__)
x = [1, 2, 3]
print(x.__class__.__name__, (1).__class__.__name__)
print(int.__add__(2, 3), str.__len__('four'), list.__getitem__([7, 8], 1))
print((5).__add__(1.5), (5).__radd__(1))
print(NotImplemented is (5).__add__(1.5))
print(isinstance(Plain, object), isinstance(object, type), type(object))
print(hasattr(p, '__class__'), p.__class__ is Plain)
