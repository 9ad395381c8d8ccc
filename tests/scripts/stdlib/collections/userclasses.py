# collections.UserDict, UserList and UserString basics.
from collections import namedtuple, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString


def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: UserDict(a=1))
t(lambda: UserDict({'a': 1}, b=2))
t(lambda: UserDict()[1])
def f():
    d = UserDict(a=1); d['b'] = 2; del d['a']; return d, len(d), list(d), 'b' in d, d.get('x'), d == {'b': 2}, d.data, d.copy(), d.pop('b'), d
t(f)
def f():
    class M(UserDict):
        def __missing__(self, k): return k * 2
    return M()[4]
t(f)
t(lambda: UserList([1]))
def f():
    l = UserList([3, 1, 2]); l.append(5); l.sort(); l.insert(0, 9); l += [7]; l.extend(UserList([8]))
    return l, l[1:3], l[0], len(l), l + [0], [0] + l, l * 2, l == [9, 1, 2, 3, 5, 7, 8], l.pop(), l.index(2), l.count(1), 3 in l, l < [10], l.copy(), list(reversed(l))
t(f)
t(lambda: UserString('ab'))
def f():
    s = UserString('Hello')
    return s, str(s), s.upper(), s.lower(), s[1:3], s + 'x', 'x' + s, s * 2, len(s), 'ell' in s, s == 'Hello', s < 'Z', s.split('l'), s.replace('l', 'L'), s.find('l'), s.startswith('He'), s.strip('Ho'), s.center(9, '*'), list(s), hash(s) == hash('Hello')
t(f)
