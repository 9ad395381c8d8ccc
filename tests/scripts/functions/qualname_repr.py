# A function's repr shows its __qualname__ as the program set it (as
# functools.wraps does), for the function and for its bound methods.


def show(v):
    print(repr(v).split(' at ')[0].split(' of ')[0])


def decorator(func):
    def wrapper(*args):
        return func(*args)
    wrapper.__qualname__ = func.__qualname__
    wrapper.__name__ = func.__name__
    return wrapper


@decorator
def greet():
    pass


show(greet)
print(greet.__qualname__, greet.__name__)


class A:
    @decorator
    def method(self):
        pass

    def plain(self):
        pass


show(A.method)
show(A().method)
show(A.plain)
A.plain.__qualname__ = 'Renamed.plain'
show(A.plain)
show(A().plain)
