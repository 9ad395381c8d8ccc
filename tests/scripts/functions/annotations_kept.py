# Annotations: a def's (in CPython's order), module and class __annotations__
# (bare names only, also inside if/for), a class without any, and a
# function's annotated local that stays unbound.
def f(p: 1, /, a: 2, *b: 3, c: 4 = 0, **d: 5) -> 6: pass
print(f.__annotations__)
def g(x, y=1): pass
print(g.__annotations__)
x: int
print(__annotations__)
if True:
    y: "later" = 3
for i in range(1):
    z: float
print(__annotations__, y)
class K:
    print(__annotations__ if "__annotations__" in dir() else "none yet")
    a: int
    def m(self):
        w: int = 4
        return w
print(K.__annotations__, K().m())
class Plain:
    pass
print(hasattr(Plain, "__annotations__"))
def h():
    loc: int
    try:
        print(loc)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
h()
def outer():
    T = list
    def inner(v: T) -> T: return v
    return inner.__annotations__
print(outer())
class A:
    x: int = 1
    class B:
        y: str
    print(B.__annotations__)
print(A.__annotations__)
import sys
print(type(f.__annotations__).__name__)
