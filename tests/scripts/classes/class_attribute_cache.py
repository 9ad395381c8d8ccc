# Attribute loads of class constants and properties go through the inline
# caches: each case here changes what a cached site must see, and the loop
# runs every site several times so the cached path is the one checked.

class Base:
    LIMIT = 10
    names = ["a"]
    scale = 1.5

    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x * 2

class Child(Base):
    LIMIT = 20

def read(o):
    return (o.LIMIT, o.scale, o.x, len(o.names))

b, c = Base(), Child()
for _ in range(3):
    print(read(b), read(c))

# The instance shadows a class constant, then lets go of it again.
for step in range(4):
    if step == 1:
        b.LIMIT = 99
    if step == 3:
        del b.LIMIT
    print(step, read(b))

# A default counter read from the class and then stored on the instance.
class Counter:
    count = 0
    def bump(self):
        self.count = self.count + 1
        return self.count

k = Counter()
print([k.bump() for _ in range(5)], Counter.count, k.count)

# The class constant changes; so does the property.
for step in range(3):
    if step == 1:
        Base.scale = 3.0
    if step == 2:
        Base.x = property(lambda self: -1)
    print(step, read(b), read(c))

# The mutable class value is the same object, seen mutated.
Base.names.append("b")
print(read(c))

# A property with a failing getter, later replaced by a plain value.
class P:
    @property
    def boom(self):
        raise ValueError("boom")

p = P()
for _ in range(2):
    try:
        p.boom
    except ValueError as e:
        print("ValueError", e)
P.boom = 5
print(p.boom)

# Slotted classes: a class constant is read-only through the instance.
class S:
    __slots__ = ("v",)
    K = 7
s = S()
for _ in range(2):
    print(s.K)
    try:
        s.K = 1
    except AttributeError as e:
        print("AttributeError", e)
