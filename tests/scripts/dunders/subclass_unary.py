# A subclass of int or float that defines -x, +x or ~x gets its own operator,
# not the built-in one (enum.IntFlag's ~ relies on it).
class A(int):
    def __invert__(self):
        return 'inv'

    def __neg__(self):
        return 'neg'

    def __pos__(self):
        return 'pos'


class F(float):
    def __neg__(self):
        return 'fneg'


class Plain(int):
    pass


print(~A(1), -A(1), +A(1), -F(2.5), +F(2.5))
print(~Plain(5), -Plain(5), +Plain(5), type(-Plain(5)).__name__)
