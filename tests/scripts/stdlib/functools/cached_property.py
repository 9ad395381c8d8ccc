import functools
from functools import cached_property


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)


class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        """The sum, once."""
        self.computed += 1
        return sum(self.values)


d = Data([1, 2, 3])
print(type(Data.total).__name__, Data.total.__doc__, Data.total.func.__name__)
print(d.total, d.total, d.computed, d.__dict__['total'], Data.total.attrname)
d.total = 100
print(d.total, d.computed)
del d.total
print(d.total, d.computed)
d.values.append(4)
print(d.total)
del d.__dict__['total']
print(d.total, d.computed)
e = Data([10])
print(e.total, d.total)


class Sub(Data):
    pass


print(Sub([5, 5]).total)


class Tree:
    def __init__(self, parent=None):
        self.parent = parent

    @cached_property
    def depth(self):
        return 0 if self.parent is None else self.parent.depth + 1


leaf = Tree(Tree(Tree()))
print(leaf.depth, leaf.parent.depth)


# Under another name too: the property caches under the name it has.
class Renamed:
    def _compute(self):
        return 'computed'

    value = cached_property(_compute)


r = Renamed()
print(r.value, sorted(r.__dict__), Renamed.value.attrname)


class Failing:
    @cached_property
    def boom(self):
        raise ValueError('no value')


fl = Failing()
attempt(lambda: fl.boom)
print('boom' in fl.__dict__)
