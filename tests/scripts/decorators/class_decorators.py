def add_repr(cls):
    def __repr__(self):
        return cls.__name__ + '(' + ', '.join(k + '=' + repr(v) for k, v in self.__dict__.items()) + ')'
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, 2), [Point(0, 'a')])
instances = {}
def singleton(cls):
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v)
class Deco:
    def __init__(self, f):
        self.f = f
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a) * 10
@Deco
def base(x):
    return x
print(base(1), base(2), base.n)
def method_deco(f):
    def w(self, *a):
        return 'wrapped ' + f(self, *a)
    return w
class K:
    @method_deco
    def hello(self, name):
        return 'hello ' + name
print(K().hello('k'))
