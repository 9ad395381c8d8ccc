import sys
print(sys.exc_info())
try:
    raise ValueError('info')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    print(t is ValueError, isinstance(v, ValueError))
print(sys.exc_info())
def inner():
    return sys.exc_info()[1]
try:
    raise KeyError('deep')
except KeyError:
    print(repr(inner()))
try:
    raise TypeError('outer')
except TypeError:
    try:
        raise IndexError('inner')
    except IndexError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
