class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
class C(A):
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Z, Y): pass
print([k.__name__ for k in W.__mro__])
class M1:
    def hello(self): return 'M1'
class M2:
    def hello(self): return 'M2'
    def only2(self): return 'only in M2'
class Mixed(M1, M2): pass
m = Mixed()
print(m.hello(), m.only2())
class Init1:
    def __init__(self):
        print('Init1')
        super().__init__()
class Init2:
    def __init__(self):
        print('Init2')
        super().__init__()
class Both(Init1, Init2):
    def __init__(self):
        print('Both')
        super().__init__()
Both()
try:
    class Bad(A, D): pass
except TypeError as e:
    print('TypeError:', e)
print([k.__name__ for k in bool.__mro__])
