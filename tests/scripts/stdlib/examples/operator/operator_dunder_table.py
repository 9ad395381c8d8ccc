"""Operators mapped to functions with a class implementing dunders."""
import operator


class Vector:
    def __init__(self, *coords: float) -> None:
        self.coords = tuple(coords)

    def __add__(self, other: 'Vector') -> 'Vector':
        return Vector(*map(operator.add, self.coords, other.coords))

    def __mul__(self, k: float) -> 'Vector':
        return Vector(*(c * k for c in self.coords))

    __rmul__ = __mul__

    def __matmul__(self, other: 'Vector') -> float:
        return sum(map(operator.mul, self.coords, other.coords))

    def __neg__(self) -> 'Vector':
        return Vector(*map(operator.neg, self.coords))

    def __eq__(self, other) -> bool:
        return isinstance(other, Vector) and self.coords == other.coords

    def __getitem__(self, i):
        return self.coords[i]

    def __len__(self) -> int:
        return len(self.coords)

    def __repr__(self) -> str:
        return 'Vector({})'.format(', '.join(map(repr, self.coords)))


v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(operator.add(v, w), operator.mul(v, 2), operator.mul(3, v))
print(operator.matmul(v, w), operator.neg(v), operator.eq(v, Vector(1, 2, 3)))
print(operator.getitem(v, 1), operator.getitem(v, slice(0, 2)), len(v))
acc = Vector(0, 0, 0)
for vec in (v, w, v):
    acc = operator.iadd(acc, vec)
print(acc)
print(operator.attrgetter('coords')(v), operator.itemgetter(-1)(w))
