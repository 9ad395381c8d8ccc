import copy

print(copy.__all__, copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))

lst = [1, [2, 3], {'a': 4}]
c = copy.copy(lst)
print(c, c == lst, c is lst, c[1] is lst[1])
d = {'k': [1], 'j': 2}
c = copy.copy(d)
print(c, c is d, c['k'] is d['k'])
s = {1, 2, 3}
c = copy.copy(s)
print(sorted(c), c is s)
t = (1, [2])
print(copy.copy(t) is t, copy.copy(frozenset([1])) == frozenset([1]))
ba = bytearray(b'xy')
c = copy.copy(ba)
print(c, c is ba)
for atom in (None, 1, 2.5, True, 1j, 'str', b'bytes', range(3), len, copy.copy, int, Ellipsis, NotImplemented):
    print(repr(atom) if not callable(atom) or isinstance(atom, (type, range)) else type(atom).__name__, copy.copy(atom) is atom)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


p = Point(1, [2])
q = copy.copy(p)
print(q, q is p, type(q) is Point, q.y is p.y, q.__dict__ == p.__dict__, q.__dict__ is p.__dict__)
q.x = 99
print(p, q)


class WithCopy:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('  __copy__ called')
        return WithCopy(self.v + 1)


print(copy.copy(WithCopy(1)).v)


class Slotted:
    __slots__ = ('a', 'b', 'c')

    def __init__(self):
        self.a = [1]
        self.c = 'p'


s = Slotted()
c = copy.copy(s)
print(c.a is s.a, hasattr(c, 'b'), c.c)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.tag = 'tagged'
c = copy.copy(ml)
print(type(c).__name__, c, c.tag, c[1] is ml[1])
md = MyDict(a=1)
c = copy.copy(md)
print(type(c).__name__, c)


class State:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __getstate__(self):
        print('  __getstate__')
        return {'a': self.a}

    def __setstate__(self, state):
        print('  __setstate__', state)
        self.__dict__.update(state)
        self.restored = True


c = copy.copy(State())
print(sorted(vars(c).items()))


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        print('  __reduce__')
        return (Reduced, (self.n * 10,))


print(copy.copy(Reduced(4)).n)


class ReducedEx:
    def __reduce_ex__(self, protocol):
        print('  __reduce_ex__', protocol)
        return (dict, (), None, None, iter([('x', 1)]))


print(copy.copy(ReducedEx()))


class Global:
    def __reduce__(self):
        return 'Global'


g = Global()
print(copy.copy(g) is g)

e = ValueError('bad', 3)
e.note = 'n'
c = copy.copy(e)
print(type(c).__name__, c.args, c.note, c is e)
