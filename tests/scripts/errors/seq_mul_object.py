# A sequence times an object that is not an int (and has no __mul__ that
# accepts it) raises "can't multiply sequence by non-int", as CPython does.
class A:
    pass


class B:
    def __mul__(self, other):
        return NotImplemented


for f in [lambda: "a" * A(), lambda: A() * "a", lambda: [1] * A(), lambda: (1,) * B(), lambda: B() * [2], lambda: "a" * 1.5]:
    try:
        f()
    except TypeError as e:
        print(e)
