import functools
from functools import total_ordering, cmp_to_key


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)


def table(cls):
    a, b = cls(1), cls(2)
    return [a < b, a > b, a <= b, a >= b, a == b, a <= cls(1), a >= cls(1), b < a, b > a]


@total_ordering
class Lt:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


@total_ordering
class Le:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __le__(self, other):
        return self.v <= other.v


@total_ordering
class Gt:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        return self.v > other.v


@total_ordering
class Ge:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


for cls in (Lt, Le, Gt, Ge):
    print(cls.__name__, table(cls))
    print(sorted(['__lt__', '__le__', '__gt__', '__ge__']) == sorted(n for n in ('__lt__', '__le__', '__gt__', '__ge__') if n in cls.__dict__))
print(Lt.__gt__.__name__, Lt.__le__.__name__, Gt.__lt__.__name__)


@total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __gt__(self, other):
        return 'own gt'


print(Both(1) > Both(2), Both(1) <= Both(2), Both(1) >= Both(1))


@total_ordering
class Picky:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Picky) and self.v == other.v

    def __lt__(self, other):
        if not isinstance(other, Picky):
            return NotImplemented
        return self.v < other.v


attempt(lambda: Picky(1) > 3)
attempt(lambda: Picky(1) <= 'a')
print(Picky.__ge__(Picky(1), 5))
attempt(lambda: total_ordering(type('X', (), {})))
print(sorted([Lt(3), Lt(1), Lt(2)], key=lambda x: x)[0].v, max(Ge(4), Ge(9)).v)


def compare(a, b):
    return (a > b) - (a < b)


K = cmp_to_key(compare)
print(type(K).__name__, type(K(1)).__name__, K(1).obj, K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(2) >= K(3), K(1) == K(1), K(1) != K(1))
print(sorted([5, 2, 4, 1], key=cmp_to_key(lambda a, b: b - a)), sorted('bca', key=cmp_to_key(compare)))
print(min([3, 1, 2], key=cmp_to_key(compare)), cmp_to_key(mycmp=compare)(7).obj)
attempt(lambda: K(1) < 3)
attempt(lambda: hash(K(1)))
attempt(lambda: K())
attempt(lambda: cmp_to_key())
attempt(lambda: sorted([1, 'a'], key=cmp_to_key(compare)))
