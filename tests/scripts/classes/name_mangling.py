class Account:
    __count = 0
    def __init__(self, owner, balance):
        self.__owner = owner
        self.__balance = balance
        Account.__count += 1
    def __secret(self):
        return 'secret of ' + self.__owner
    def reveal(self):
        return self.__secret()
    @property
    def balance(self):
        return self.__balance
    @classmethod
    def count(cls):
        return cls.__count
    def __repr__(self):
        return f'Account({self.__owner!r}, {self.__balance})'

a = Account('ann', 10)
b = Account('bob', 20)
print(a, b, a.balance, Account.count(), a.reveal())
print(a._Account__balance, sorted(k for k in vars(a)))
print('_Account__secret' in Account.__dict__, '__secret' in Account.__dict__)
try:
    a.__balance
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(a, '__owner'), getattr(a, '_Account__owner'))

class Base:
    def __init__(self):
        self.__x = 'base'
    def base_x(self):
        return self.__x
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.__x = 'derived'
    def derived_x(self):
        return self.__x
d = Derived()
print(d.base_x(), d.derived_x(), sorted(vars(d)))

class _Under:
    def __init__(self):
        self.__v = 1
print(vars(_Under()))
class ___:
    def __init__(self):
        self.__v = 1
print(vars(___()))

class Outer:
    class Inner:
        def __init__(self):
            self.__i = 'inner'
    def __init__(self):
        self.__o = 'outer'
        def nested():
            return self.__o
        self.got = nested()
        self.lam = (lambda: self.__o)()
        self.comp = [self.__o for _ in range(1)]
print(sorted(vars(Outer())), vars(Outer.Inner()))

class Dunder:
    def __init__(self):
        self.__dunder__ = 1
print(vars(Dunder()))

__glob = 'global'
class UsesGlobal:
    def get(self):
        try:
            return __glob
        except NameError as e:
            return 'NameError: ' + str(e)
print(UsesGlobal().get())
_UsesGlobal__glob = 'mangled global'
print(UsesGlobal().get())
