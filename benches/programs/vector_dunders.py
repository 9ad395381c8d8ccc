# bench: dunder-operator classes: __add__ __sub__ __mul__ __eq__ __hash__ __lt__, used in sets, dicts and sorting
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x * self.x + self.y * self.y, self.x, self.y) < (
            other.x * other.x + other.y * other.y, other.x, other.y)

    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)

    __radd__ = __add__

    def __le__(self, other):
        return self.cents <= other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __hash__(self):
        return self.cents


def walk(n):
    steps = [Vec(1, 0), Vec(0, 1), Vec(-1, 0), Vec(0, -1), Vec(2, 1) - Vec(1, 0) * 1]
    pos = Vec(0, 0)
    seen = set()
    visits = {}
    state = 12345
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        pos = pos + steps[state % 5]
        if state & 8:
            pos = pos + -steps[(state >> 4) % 5]
        seen.add(pos)
        visits[pos] = visits.get(pos, 0) + 1
    ordered = sorted(seen)
    return len(seen), ordered[0], ordered[-1], max(visits.values())


def ledger(n):
    items = [Money((i * 7919) % 1000) for i in range(n)]
    items.sort()
    total = sum(items, Money(0))
    distinct = len(set(items))
    return total.cents, distinct, items[n // 2].cents, min(items).cents, max(items).cents


def main(n):
    a = walk(n)
    b = ledger(n // 2)
    print("checksum:", a, b)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 60000)
