# collections.Counter: counting, most_common, elements, update/subtract, the multiset operators, comparisons, repr.
from collections import namedtuple, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString


def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: Counter(1,2))
t(lambda: Counter('abcab'))
t(lambda: Counter('abcab').most_common())
t(lambda: Counter('abcab').most_common(1))
t(lambda: Counter('abcab').most_common(2))
t(lambda: Counter('abcab').most_common(-1))
t(lambda: Counter('abcab').most_common('a'))
t(lambda: sorted(Counter('abcab').elements()))
t(lambda: list(Counter(a=2, b=0, c=-1, d=1).elements()))
t(lambda: Counter('aab').total())
t(lambda: Counter('aab')['z'])
t(lambda: Counter.fromkeys('ab'))
t(lambda: Counter(a=1) + 1)
t(lambda: -Counter(a=1, b=-2))
t(lambda: +Counter(a=1, b=-2, c=0))
t(lambda: Counter(a=3, b=1) + Counter(a=1, b=-5, c=2))
t(lambda: Counter(a=3, b=1) - Counter(a=1, b=-5, c=2))
t(lambda: Counter(a=3, b=1) | Counter(a=1, b=-5, c=2))
t(lambda: Counter(a=3, b=1) & Counter(a=1, b=-5, c=2))
def f():
    c = Counter(a=3, b=1); c += Counter(a=-3, c=2); return c
t(f)
def f():
    c = Counter(a=3, b=1); c -= Counter(a=1, b=5); return c
t(f)
def f():
    c = Counter(a=3, b=1); c |= Counter(a=1, b=5); return c
t(f)
def f():
    c = Counter(a=3, b=1); c &= Counter(a=1, b=5); return c
t(f)
def f():
    c = Counter('abc'); c.update('aa'); c.update({'b': 5}); c.update(z=2); c.subtract('a'); c.subtract({'z': 3}); c.subtract(q=1); return c
t(f)
def f():
    c = Counter('abc'); del c['a']; del c['zz']; return c
t(f)
t(lambda: Counter(a=1) < Counter(a=2))
t(lambda: Counter(a=1) <= Counter(a=1, b=0))
t(lambda: Counter(a=1) > Counter())
t(lambda: Counter(a=1) == {'a': 1})
t(lambda: Counter(a=1, b=0) == Counter(a=1))
t(lambda: Counter(a=1, b=0) != Counter(a=1))
t(lambda: Counter({1: 'a', 2: 3}))
t(lambda: Counter())
t(lambda: Counter('ab').copy())
t(lambda: isinstance(Counter(), dict))
