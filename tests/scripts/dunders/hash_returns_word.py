# hash(x) of an object whose __hash__ returns an int: the int itself when it
# fits a machine word (-1 becomes -2), the int's own hash beyond that.
class A:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in (0, 1, -1, -2, 2 ** 61, 2 ** 62, -2 ** 63, 2 ** 63 - 1, 2 ** 63, 2 ** 64 + 5, -2 ** 63 - 1, True):
    print(h, hash(A(h)))
s = "some string"
print(hash(A(hash(s))) == hash(s))
print(hash(A(hash((1, 2)))) == hash((1, 2)))
