def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper()
    return wrapper
@shout
def greet(name):
    return 'hello ' + name
print(greet('bob'))
def trace(f):
    def wrapper(*args):
        print('calling', f.__name__, args)
        r = f(*args)
        print('returned', r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
def bold(f):
    return lambda: '<b>' + f() + '</b>'
def italic(f):
    return lambda: '<i>' + f() + '</i>'
@bold
@italic
def text():
    return 'hi'
print(text())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one(): pass
@register
def two(): pass
print(registry, one is not None)
def order(label):
    print('decorator factory', label)
    def deco(f):
        print('decorating with', label)
        return f
    return deco
@order('A')
@order('B')
def target():
    pass
print('done')
