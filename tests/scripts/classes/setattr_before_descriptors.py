# A class's own __setattr__/__delattr__ runs before any data descriptor
# (a slot, a property): the descriptors are object.__setattr__'s business.
class Frozen:
    __slots__ = ("x",)

    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise TypeError("Frozen objects are immutable")

    def __delattr__(self, name):
        raise TypeError("Frozen objects cannot lose attributes")


f = Frozen(1)
for action in (lambda: setattr(f, "x", 2), lambda: delattr(f, "x")):
    try:
        action()
    except TypeError as e:
        print(e)
print(f.x)


class Logged:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("property setter", value)
        self._v = value

    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        object.__setattr__(self, name, value)


g = Logged()
g.v = 5
print(g.v)
