class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print('eq', self.n, o.n if isinstance(o, V) else o)
        return isinstance(o, V) and self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        return self.n > o.n
    def __ge__(self, o):
        return self.n >= o.n
    def __hash__(self):
        return hash(self.n)
    def __repr__(self):
        return 'V%d' % self.n
a, b = V(1), V(2)
print(a == b, a != b)
print(a < b, a <= b, a > b, a >= b)
print(sorted([V(3), V(1), V(2)]))
print(max(V(5), V(9)), min([V(4), V(0)]))
s = {V(1), V(1)}
print(len(s))
print(V(7) in [V(6), V(7)])
class OnlyEq:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
x = OnlyEq(1)
print(x == OnlyEq(1), x != OnlyEq(1), x != OnlyEq(2))
try:
    hash(x)
except TypeError as e:
    print('TypeError:', e)
class Ne:
    def __ne__(self, o):
        return 'custom ne'
print(Ne() != 1)
class Rev:
    def __init__(self, n):
        self.n = n
    def __gt__(self, o):
        print('Rev.__gt__ called')
        return self.n > o
print(5 < Rev(10))
try:
    V(1) < 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    object() < object()
except TypeError as e:
    print('TypeError:', e)
