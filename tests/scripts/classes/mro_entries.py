# PEP 560: a base that is not a class names its replacement bases with
# __mro_entries__; the bases as written are kept in __orig_bases__.
class Base:
    pass


class Other:
    pass


class Alias:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print('mro_entries called with', len(bases), 'bases')
        return self.targets


class A(Alias(Base)):
    pass


print(A.__mro__, A.__orig_bases__ == A.__orig_bases__, len(A.__orig_bases__))


class B(Other, Alias(Base)):
    pass


print(B.__mro__, B.__bases__)


class C(Alias()):
    pass


print(C.__bases__, '__orig_bases__' in C.__dict__, '__orig_bases__' in A.__dict__)


class D(Base):
    pass


print('__orig_bases__' in D.__dict__)


def function_base(bases):
    return (Base,)


class WithAttribute:
    pass


entry = WithAttribute()
entry.__mro_entries__ = function_base


class E(entry):
    pass


print(E.__mro__)


class Broken:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class F(Broken()):
        pass
except TypeError as e:
    print('TypeError', e)
