# collections.OrderedDict: move_to_end, popitem(last=), order-sensitive equality, repr, | and copies.
from collections import namedtuple, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString


def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: OrderedDict().popitem())
t(lambda: OrderedDict(a=1).move_to_end('b'))
t(lambda: OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
t(lambda: OrderedDict(a=1, b=2) == dict(b=2, a=1))
t(lambda: OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
t(lambda: OrderedDict())
t(lambda: OrderedDict([('x', 1), ('y', 2)], z=3))
def f():
    o = OrderedDict.fromkeys('abcde'); o.move_to_end('b'); o.move_to_end('d', last=False); return o
t(f)
def f():
    o = OrderedDict.fromkeys('abcde', 0); return o.popitem(), o.popitem(last=False), o, list(reversed(o)), o.copy()
t(f)
def f():
    o = OrderedDict(a=1); return o | {'b': 2}, {'c': 3} | o
t(f)
