class A:
    def __eq__(self, o):
        print('A.__eq__')
        return NotImplemented
    def __add__(self, o):
        print('A.__add__')
        return NotImplemented
class B:
    def __eq__(self, o):
        print('B.__eq__')
        return True
    def __radd__(self, o):
        print('B.__radd__')
        return 'B wins'
print(A() == B())
print(A() + B())
print(A() == A())
class Sub(B):
    def __radd__(self, o):
        print('Sub.__radd__')
        return 'sub wins'
class Base:
    def __add__(self, o):
        print('Base.__add__')
        return 'base'
class Derived(Base):
    def __radd__(self, o):
        print('Derived.__radd__')
        return 'derived first'
print(Base() + Derived())
print(NotImplemented)
print(type(NotImplemented).__name__)
class C:
    def __lt__(self, o):
        return NotImplemented
class D:
    def __gt__(self, o):
        print('D.__gt__ reflected')
        return True
print(C() < D())
try:
    C() < C()
except TypeError as e:
    print('TypeError:', e)
