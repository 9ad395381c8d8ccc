class Tracer:
    def __init__(self):
        self.x = 1
        self.log = []
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append(name)
        return object.__getattribute__(self, name)
    def method(self):
        return 'm'

t = Tracer()
for _ in range(3):
    t.x
print(t.method(), t.x)
print(t.log)

class Fallback:
    def __getattribute__(self, name):
        if name.startswith('magic'):
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return 'fallback:' + name
    def real(self):
        return 'real'
f = Fallback()
print(f.magic1, f.real(), getattr(f, 'magic2'), hasattr(f, 'magic3'))

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattribute__(self, name):
        target = object.__getattribute__(self, '_target')
        return getattr(target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p.__len__(), p.index(2), p.count(3))
print(getattr(p, 'nothere', 'default'))
try:
    p.nothere
except AttributeError as e:
    print('AttributeError:', e)

class Const:
    def __getattribute__(self, name):
        return 42
c = Const()
print(c.anything, c.__class__, getattr(c, 'y', 0))

class Base:
    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v * 2 if isinstance(v, int) else v
class Child(Base):
    def __init__(self):
        self.n = 5
print(Child().n, [Child().n for _ in range(3)])

class Raises:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    Raises().q
except KeyError as e:
    print('KeyError', e)
print(hasattr(Const(), 'z'))
try:
    hasattr(Raises(), 'z')
except KeyError as e:
    print('hasattr KeyError', e)
