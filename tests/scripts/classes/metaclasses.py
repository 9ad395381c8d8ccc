# Metaclasses: __new__/__init__/__call__/__prepare__ on a type subclass,
# dunders and properties of the metaclass applied to its classes, inheritance
# of the metaclass, type() with three arguments, and the conflict error.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.registry = []
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __iter__(cls):
        return iter(cls.registry)
    def __len__(cls):
        return len(cls.registry)
    def __getitem__(cls, k):
        return cls.registry[k]
    def __contains__(cls, x):
        return x in cls.registry
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args, kw)
        obj = super().__call__(*args, **kw)
        cls.registry.append(obj)
        return obj
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    @property
    def size(cls):
        return len(cls.registry)
    def hello(cls):
        return "hello from " + cls.__name__

class Base(metaclass=Meta, flavour=1):
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"Base({self.x})"

class Child(Base):
    def __init__(self, x):
        super().__init__(x * 10)

a = Base(1); b = Base(2)
c = Child(3)
print(list(Base), list(Child), len(Base), Base[0], a in Base, c in Base)
print(type(Base).__name__, type(Child) is Meta, isinstance(Base, Meta), isinstance(Base, type), issubclass(Meta, type))
print(repr(Base), Base.size, Base.hello(), Child.hello())
print(type(a).__name__, isinstance(a, Base))
print(str(Base))

class M2(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        d = {"injected": 42}
        return d
class WithPrepare(metaclass=M2):
    pass
print(WithPrepare.injected)

T = type("T", (object,), {"x": 1})
print(T.__name__, T.x, type(T) is type, T.__module__)
M3 = Meta("Dyn", (), {})
print(repr(M3), type(M3).__name__)
class A: pass
class MA(type): pass
class MB(type): pass
class X(metaclass=MA): pass
try:
    class Y(X, metaclass=MB): pass
except TypeError as e:
    print(e)
class Sup(metaclass=Meta):
    def f(self):
        return __class__.__name__
print(Sup().f())

class Frozen(type):
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f"cannot reassign constant {name}")
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        raise AttributeError(f"cannot delete {name}")
    def __reversed__(cls):
        return iter(["z", "y"])
class Consts(metaclass=Frozen):
    PI = 3
Consts.other = 1
print(Consts.other)
for action in (lambda: setattr(Consts, "PI", 4), lambda: delattr(Consts, "other")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(Consts.PI, list(reversed(Consts)))
