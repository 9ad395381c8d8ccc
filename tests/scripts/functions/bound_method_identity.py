# Bound methods: __self__, __func__, equality (self by identity, function by
# equality), hashing, repr; the same for bound built-in methods.
class A:
    def f(self):
        return 1

    def g(self):
        return 2


class R:
    def f(self):
        pass

    def __repr__(self):
        return 'R()'

    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0


a = A()
m = a.f
print(m.__self__ is a, m.__func__ is A.f, m() == 1)
print(a.f == a.f, a.f is a.f, a.f != a.f, a.f == a.g, a.f == A().f)
print(hash(a.f) == hash(a.f), len({a.f, a.f, a.g}), {a.f: 'x'}[a.f])
print(a.f in [a.g, a.f], [a.f].index(a.f), [a.f, a.f, a.g].count(a.f))
print(repr(a.f).startswith('<bound method A.f of <__main__.A object at 0x'), repr(a.f).endswith('>'))
r1, r2 = R(), R()
print(repr(r1.f), r1.f == r2.f, r1.f == r1.f)  # __self__ compared by identity, not __eq__
print(a.f == A.f, A.f == A.f, a.f.__func__ == A.f)

l = []
print([].append == [].append, l.append == l.append, l.append != l.append, l.append == l.extend)
print(l.append.__self__ is l, hash(l.append) == hash(l.append), len({l.append, l.append, l.pop}))
print(repr(l.append).startswith('<built-in method append of list object at 0x'))
d = {}
print(d.get == d.get, d.get == {}.get, repr(d.get).startswith('<built-in method get of dict object at 0x'))
s = 'abc'
print(s.upper == s.upper, s.upper.__self__ is s, s.upper.__name__, l.append.__name__, a.f.__name__, a.f.__qualname__)
print(len == len, hash(len) == hash(len), {len: 1}[len])
