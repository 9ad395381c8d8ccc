# collections.namedtuple: fields, defaults, rename, _make/_replace/_asdict, repr, and the errors of __new__ and of bad names.
from collections import namedtuple, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString


def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


P = namedtuple('P', 'x y')
Q = namedtuple('Q', 'a b c', defaults=[1, 2])
Z = namedtuple('Z', '')
t(lambda: P(1,2,3))
t(lambda: Q(1,2,3,4))
t(lambda: Q())
t(lambda: Q(5))
t(lambda: Q._field_defaults)
t(lambda: Z(1))
t(lambda: Z())
t(lambda: P())
t(lambda: namedtuple('R', 'a b c')())
t(lambda: namedtuple('R', 'a b c')(1))
t(lambda: P(1, z=2))
t(lambda: P(1, x=2))
t(lambda: P(1, y=2, x=3))
t(lambda: P(1, 2, z=2))
t(lambda: P(z=2, w=3))
t(lambda: P(y=2, x=3))
t(lambda: P._make([1]))
t(lambda: P._make([1, 2]))
t(lambda: P(1,2)._replace(z=1, w=2))
t(lambda: P(1,2)._replace(y=5))
t(lambda: P(1,2)._asdict())
t(lambda: namedtuple('1P', 'x'))
t(lambda: namedtuple('P', 'x def'))
t(lambda: namedtuple('P', 'x _y'))
t(lambda: namedtuple('P', 'x x'))
t(lambda: namedtuple('P', ['x', 1]))
t(lambda: namedtuple('P', 'x', defaults=[1,2]))
t(lambda: namedtuple('P', 'x def _y x 1a', rename=True)._fields)
t(lambda: namedtuple('P', 'x, y,z')._fields)
t(lambda: P.x.__doc__)
t(lambda: P.__doc__)
t(lambda: P.__module__)
t(lambda: P.__name__)
t(lambda: P.__match_args__)
t(lambda: P(1,2).__getnewargs__())
t(lambda: (P(1, 2).x, P(1, 2).y, P(1, 2)[0], P(3, 4) == (3, 4), isinstance(P(1, 2), tuple), len(P(1, 2))))
t(lambda: P(1, [2]))
t(lambda: namedtuple('M', 'a', module='mod').__module__)
t(lambda: hash(P(1, 2)) == hash((1, 2)))
def f():
    p = P(1,2); p.x = 5
t(f)
