# repr(super()) names the starting class and the type whose MRO is searched.
class Base:
    def who(self):
        return repr(super())
    @classmethod
    def kind(cls):
        return repr(super())

class Child(Base):
    def who(self):
        return repr(super()), super().who()

print(Base().who())
print(Child().who())
print(Child.kind())
print(repr(super(Base, Child())))
