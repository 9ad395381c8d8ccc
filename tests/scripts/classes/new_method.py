class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            print('creating instance')
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        print('init with', v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Pos(-5)
print(p, p + 1, isinstance(p, int), type(p).__name__)
class Tagged:
    def __new__(cls, tag):
        obj = object.__new__(cls)
        obj.tag = tag.upper()
        return obj
t = Tagged('x')
print(t.tag)
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('never runs')
w = Weird()
print(type(w).__name__)
class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = UpperStr('shout')
print(u, len(u), u + '!', type(u).__name__)
