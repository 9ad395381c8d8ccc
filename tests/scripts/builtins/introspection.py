class Thing:
    cls_attr = 'c'
    def __init__(self):
        self.inst = 'i'
    def method(self):
        return 'm'
t = Thing()
print(getattr(t, 'inst'), getattr(t, 'cls_attr'), getattr(t, 'missing', 'default'))
print(getattr(t, 'method')())
setattr(t, 'dyn', 42)
print(t.dyn, hasattr(t, 'dyn'), hasattr(t, 'nope'), hasattr(Thing, 'method'))
delattr(t, 'dyn')
print(hasattr(t, 'dyn'))
try:
    getattr(t, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(t, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
print(isinstance(1, int), isinstance(1, (str, float)), isinstance(1, (str, int)), isinstance('s', str))
print(isinstance(t, Thing), isinstance(t, object), isinstance(Thing, type), isinstance(None, object))
print(issubclass(Thing, object), issubclass(bool, (str, int)), issubclass(int, int))
print(type(t) is Thing, type(t).__name__, type(3) == int, type('') is str)
print(callable(t), callable(t.method), callable(Thing), callable(print), callable('x'))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]))
print(hash(1) == hash(1.0), hash('x') == hash('x'), hash((1, 2)) == hash((1, 2)), hash(True) == hash(1))
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError:', e)
print(Thing.__name__, Thing.method.__name__, t.method.__name__)
print(t.__dict__)
