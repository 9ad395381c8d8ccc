import copy

lst = [1, [2, 3], {'a': [4]}]
c = copy.deepcopy(lst)
print(c, c == lst, c[1] is lst[1], c[2]['a'] is lst[2]['a'])
shared = [0]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c, c[0] is c[1], c[0] is shared)
cyc = [1]
cyc.append(cyc)
c = copy.deepcopy(cyc)
print(c[1] is c, c is not cyc)
d = {}
d['self'] = d
c = copy.deepcopy(d)
print(c['self'] is c, c is not d)
t = (1, 2, 'x')
print(copy.deepcopy(t) is t)
t = (1, [2])
c = copy.deepcopy(t)
print(c, c is t, c[1] is t[1])
s = {1, (2, 3)}
c = copy.deepcopy(s)
print(sorted(c, key=str), c is s)
fs = frozenset([(1, 2)])
print(copy.deepcopy(fs) == fs)
print(copy.deepcopy(len) is len, copy.deepcopy(int) is int, copy.deepcopy('s') == 's')


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
        self.parent = None
        for child in self.children:
            child.parent = self

    def __repr__(self):
        return 'Node(%r, %r)' % (self.value, self.children)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
c = copy.deepcopy(tree)
print(c, c is tree, c.children[0].parent is c, c.children[1].children[0].parent is c.children[1])
print(c.children[0] is tree.children[0])

memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo, memo[id(x)] is y[0])
again = copy.deepcopy(x, memo)
print(again is y[0])


class WithDeep:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        print('  __deepcopy__ got memo', type(memo).__name__)
        return WithDeep(copy.deepcopy(self.v, memo) + ['copied'])


w = copy.deepcopy(WithDeep([1]))
print(w.v)
ws = copy.deepcopy([WithDeep([]), 5])
print(ws[0].v, ws[1])


class Slotted:
    __slots__ = ('a', 'b')


s = Slotted()
s.a = [1, [2]]
c = copy.deepcopy(s)
print(c.a, c.a is s.a, c.a[1] is s.a[1], hasattr(c, 'b'))


class Sub(Slotted):
    __slots__ = ('c',)


s = Sub()
s.a = 1
s.c = [3]
c = copy.deepcopy(s)
print(type(c).__name__, c.a, c.c, c.c is s.c)


class MyList(list):
    pass


ml = MyList([[1]])
ml.extra = [2]
c = copy.deepcopy(ml)
print(type(c).__name__, c, c[0] is ml[0], c.extra, c.extra is ml.extra)


class MyTuple(tuple):
    pass


mt = MyTuple(([1], 2))
c = copy.deepcopy(mt)
print(type(c).__name__, c, c[0] is mt[0])


class State:
    def __init__(self):
        self.items = [1]

    def __getstate__(self):
        return {'items': self.items, 'from_getstate': True}

    def __setstate__(self, state):
        self.__dict__.update(state)


c = copy.deepcopy(State())
print(sorted(c.__dict__))


class Reduced:
    def __init__(self, items):
        self.items = items

    def __reduce__(self):
        return (Reduced, (self.items,))


r = Reduced([1, 2])
c = copy.deepcopy(r)
print(c.items, c.items is r.items)

e = KeyError([1])
c = copy.deepcopy(e)
print(type(c).__name__, c.args, c.args[0] is e.args[0])

import threading

for bad in (threading.Lock(),):
    try:
        copy.deepcopy(bad)
    except TypeError as err:
        print('TypeError', str(err).startswith('cannot pickle'))
    try:
        copy.copy(bad)
    except TypeError as err:
        print('TypeError', str(err).startswith('cannot pickle'))


class BadReduce:
    def __reduce__(self):
        return 42


try:
    copy.copy(BadReduce())
except TypeError as err:
    print('TypeError:', err)
