class Dog:
    species = 'canine'
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return self.name + ' says woof'
    def birthday(self):
        self.age += 1
        return self
d1 = Dog('Rex')
d2 = Dog('Fido', 5)
print(d1.bark(), d2.bark())
print(d1.species, Dog.species, Dog.count)
print(d1.birthday().birthday().age)
d1.species = 'wolf'
print(d1.species, d2.species, Dog.species)
Dog.species = 'dog'
print(d1.species, d2.species)
print(type(d1).__name__, type(d1) is Dog, isinstance(d2, Dog))
print(d2.__dict__)
print(Dog.__name__)
m = d2.bark
print(m())
print(Dog.bark(d1))
d2.trick = 'roll'
print(d2.trick, hasattr(d1, 'trick'))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__name__)
class WithDoc:
    """Doc here."""
print(WithDoc.__doc__)
