class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return self.name + ' says ' + self.speak()
class Cat(Animal):
    def speak(self):
        return 'meow'
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + '!'
for a in [Animal('thing'), Cat('tom'), Lion('leo', 'east')]:
    print(a.describe())
l = Lion('simba', 'rock')
print(l.pride, isinstance(l, Animal), isinstance(l, Cat), isinstance(Cat('x'), Lion))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat))
print(Lion.__bases__[0].__name__, Animal.__bases__[0].__name__)
print([c.__name__ for c in Lion.__mro__])
class Base:
    x = 'base'
    def who(self):
        return 'Base.who ' + self.x
class Child(Base):
    x = 'child'
print(Child().who())
print(issubclass(bool, int), issubclass(int, object), isinstance(Cat, type))
