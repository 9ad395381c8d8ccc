class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name + ' must be ' + self.kind.__name__)
        obj.__dict__[self.name] = value
class Person:
    name = Typed('name', str)
    age = Typed('age', int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('ann', 30)
print(p.name, p.age)
p.age = 31
print(p.age)
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError:', e)
print(type(Person.name).__name__)
class Const:
    def __get__(self, obj, objtype=None):
        return 'const for ' + objtype.__name__
class Holder:
    c = Const()
print(Holder.c, Holder().c)
class Logged:
    def __get__(self, obj, objtype=None):
        print('get called')
        return 7
class LH:
    attr = Logged()
h = LH()
print(h.attr + 1)
h.__dict__['attr'] = 'instance wins for non-data descriptor'
print(h.attr)
