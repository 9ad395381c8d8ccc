# A class body inside a function passes the function's cells on to its
# methods, also for names the class body itself binds.
def make(name):
    outer = name
    shadowed = 'from function'

    class Dummy:
        shadowed = 'from class'
        seen_in_body = outer

        def hook(self):
            return outer

        def which(self):
            return shadowed

        class Inner:
            def deep(self):
                return outer + '!'

    return Dummy


D = make('x')
print(D().hook(), D().which(), D.shadowed, D.seen_in_body, D.Inner().deep())


def counter():
    count = 0

    class Counter:
        def bump(self):
            nonlocal count
            count += 1
            return count

    return Counter()


c = counter()
print(c.bump(), c.bump(), c.bump())


def with_super():
    tag = 'tagged'

    class Base:
        def name(self):
            return 'base'

    class Child(Base):
        def name(self):
            return super().name() + ' ' + tag

    return Child()


print(with_super().name())
