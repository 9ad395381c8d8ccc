class A:
    def __setattr__(self, k, v):
        print("set", k)
        object.__setattr__(self, k, v)
    def __delattr__(self, k):
        print("del", k)
        object.__delattr__(self, k)
    def __getattr__(self, k):
        return "fallback-" + k
a = A(); a.x = 1; print(a.x, object.__getattribute__(a, "x"), a.nope); del a.x; print(a.x)
class B:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return object.__new__(cls)
    def __init__(self, v):
        object.__init__(self)
        self.v = v
print(B(3).v)
class C(B):
    def __init__(self, v):
        super().__init__(v)
        super().__setattr__("w", v * 2)
print(C(4).w)
class D:
    def __setattr__(self, k, v):
        super().__setattr__(k, v + 1)
d = D(); d.q = 1; print(d.q)
o = object.__new__(A); print(type(o).__name__)
try: object.__setattr__(1, "x", 2)
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class F:
    def __init__(self):
        object.__setattr__(self, "a", 1)
    def __setattr__(self, k, v):
        raise AttributeError("frozen")
    def __delattr__(self, k):
        raise AttributeError("frozen del")
f = F(); print(f.a)
try: f.a = 2
except AttributeError as e: print(e)
try: del f.a
except AttributeError as e: print(e)
object.__delattr__(f, "a"); print(hasattr(f, "a"))
try: object.__getattribute__(f, "zz")
except AttributeError as e: print(e)
try: object.__setattr__(f, 1, 2)
except TypeError as e: print(e)
