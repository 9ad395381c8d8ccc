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
