# isinstance/issubclass with an object (not a class) as the second argument that
# defines __instancecheck__ / __subclasscheck__, as typing's aliases do.
class Evens:
    def __instancecheck__(self, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(self, cls):
        return cls is bool


class Refuses:
    def __instancecheck__(self, obj):
        raise TypeError('no isinstance for me')


evens = Evens()
print(isinstance(4, evens), isinstance(3, evens), isinstance('x', evens), isinstance(4, (str, evens)))
print(issubclass(bool, evens), issubclass(int, evens), issubclass(bool, (str, evens)))
try:
    isinstance(1, Refuses())
except TypeError as e:
    print('TypeError', e)
for bad in [lambda: isinstance(1, object()), lambda: issubclass(int, object()), lambda: issubclass(int, Refuses())]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
