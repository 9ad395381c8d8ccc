class A:
    def __eq__(self, o): return True
print(A.__hash__, '__hash__' in A.__dict__)
try: hash(A())
except TypeError as e: print(e)
class B:
    def __eq__(self, o): return True
    def __hash__(self): return 7
class C(B):
    def __eq__(self, o): return False
print(hash(B()))
try: hash(C())
except TypeError as e: print(e)
class D: pass
d = D()
print(object.__hash__(d) == hash(d), [].__hash__, {}.__hash__)
print(list(reversed({1:2, 3:4})), list({1:2,3:4}.__reversed__()), list(reversed({1:2}.items())))
print(hash((1,2)) == (1,2).__hash__())
from dataclasses import dataclass
@dataclass
class P:
    x: int
print(P.__hash__)
@dataclass(frozen=True)
class Q:
    x: int
print(hash(Q(1)) == hash(Q(1)))
@dataclass(eq=False)
class R:
    x: int
print(R.__hash__ is object.__hash__)
class KeepsHash:
    def __eq__(self, other): return True
    __hash__ = object.__hash__
k = KeepsHash()
print(hash(k) == object.__hash__(k), len({k, k}), len({KeepsHash(), KeepsHash()}))
class EqOnlyTuple(tuple):
    def __eq__(self, other): return False
try: hash(EqOnlyTuple((1,)))
except TypeError as e: print(e)
class HashTuple(tuple): pass
print(hash(HashTuple((1, 2))) == hash((1, 2)))
T = type("T", (), {"__eq__": lambda s, o: True})
print(T.__hash__)
