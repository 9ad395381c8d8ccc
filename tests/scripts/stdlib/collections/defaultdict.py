# collections.defaultdict: __missing__, default_factory, repr, copies and |.
from collections import namedtuple, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString


def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: defaultdict(1))
t(lambda: defaultdict(None)[1])
t(lambda: defaultdict(list, {1: 2}, a=3))
t(lambda: defaultdict())
def f():
    d = defaultdict(list); d['a'].append(1); d['b']; return d, d.default_factory, 'c' in d, d.get('c'), d.copy()
t(f)
def f():
    d = defaultdict(int); d['a'] += 5; d.default_factory = None; return d, d | {'z': 1}
t(f)
def f():
    d = defaultdict(int); d.default_factory = None; return d['q']
t(f)
