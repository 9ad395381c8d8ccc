# __slots__: instances without __dict__, slots inherited, '__dict__' and
# '__weakref__' slots, the conflict with a class variable.
class A:
    __slots__ = ('x', 'y')
a = A()
a.x = 1
print(a.x, hasattr(a, '__dict__'))
try:
    a.b = 2
except AttributeError as e:
    print('AttributeError:', e)
try:
    a.y
except AttributeError as e:
    print('AttributeError:', e)
class B(A):
    __slots__ = ('z',)
b = B()
b.x = 1; b.z = 3
print(b.x, b.z, hasattr(b, '__dict__'))
try:
    b.w = 1
except AttributeError as e:
    print('AttributeError:', e)
class C(A):
    pass
c = C(); c.w = 5; print(c.w, hasattr(c, '__dict__'))
class D:
    __slots__ = ('x', '__dict__')
d = D(); d.x = 1; d.q = 2; print(d.x, d.q, d.__dict__['q'])
class E:
    __slots__ = ('x', '__weakref__')
e = E(); e.x = 1; print(e.x)
try:
    class F:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print('ValueError:', e)
class G:
    __slots__ = 'single'
g = G(); g.single = 1; print(g.single, G.__slots__)
print(A.__slots__, B.__slots__, hasattr(A, 'x'))
del a.x
try:
    a.x
except AttributeError as e:
    print('AttributeError:', e)
try:
    del a.x
except AttributeError as e:
    print('AttributeError:', e)
class H:
    __slots__ = ()
try:
    H().a = 1
except AttributeError as e:
    print('AttributeError:', e)
class I:
    __slots__ = ['a']
    def __init__(self):
        self.a = 10
print(I().a)

try:
    a.__dict__
except AttributeError as e:
    print('AttributeError:', e)
print(vars(c), hasattr(a, 'y'), getattr(a, 'y', 'default'))
a.y = [1]
a.y.append(2)
a.y += [3]
print(a.y)
class J(B):
    __slots__ = ('j',)
    def __init__(self):
        self.x, self.y, self.z, self.j = 1, 2, 3, 4
    def total(self):
        return self.x + self.y + self.z + self.j
j = J()
print(j.total(), isinstance(j, A))
for obj in (j, j, j):
    try:
        obj.nope = 1
    except AttributeError as e:
        print('AttributeError:', e)
try:
    class K:
        __slots__ = (1,)
except TypeError as e:
    print('TypeError:', e)
