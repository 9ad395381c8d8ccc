class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        print('iadd', x)
        self.items.append(x)
        return self
    def __add__(self, x):
        print('add', x)
        n = Acc()
        n.items = self.items + [x]
        return n
a = Acc()
orig = a
a += 1
a += 2
print(a.items, a is orig)
b = a + 3
print(b.items, b is a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 10
print(x.v, y.v, x is y)
class Mat:
    def __init__(self, v):
        self.v = v
    def __imul__(self, k):
        self.v *= k
        return self
    def __isub__(self, k):
        self.v -= k
        return self
m = Mat(3)
m *= 4
m -= 2
print(m.v)
class Bad:
    def __iadd__(self, o):
        return None
z = Bad()
z += 1
print(z)
