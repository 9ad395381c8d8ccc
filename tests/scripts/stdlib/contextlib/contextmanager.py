from contextlib import contextmanager, ContextDecorator


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)


@contextmanager
def tag(name):
    """Wrap in a tag."""
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


print(tag.__name__, tag.__doc__)
with tag('p') as value:
    print('body', value)

try:
    with tag('div'):
        raise ValueError('inside')
except ValueError as e:
    print('propagated', e)


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print('swallowed', type(e).__name__, e)


with swallow(KeyError):
    raise KeyError('k')
print('after swallow')
try:
    with swallow(KeyError):
        raise IndexError('not mine')
except IndexError as e:
    print('not swallowed', e)


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('transformed') from e


try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        yield


def run(cm, exc=None):
    with cm:
        if exc:
            raise exc


attempt(lambda: run(no_yield()))
attempt(lambda: run(two_yields()))
attempt(lambda: run(yields_after_throw(), ValueError('x')))


@contextmanager
def reraise():
    try:
        yield
    except Exception:
        print('  cleanup then re-raise')
        raise


attempt(lambda: run(reraise(), RuntimeError('same runtime error')))
attempt(lambda: run(reraise(), KeyError('same key error')))
attempt(lambda: run(reraise(), StopIteration('stop inside with')))


@contextmanager
def plain():
    yield


attempt(lambda: run(plain(), StopIteration('escapes')))
attempt(lambda: run(plain(), RuntimeError('runtime escapes')))

cm = plain()
with cm:
    pass
attempt(lambda: cm.__enter__())


@contextmanager
def counted():
    print('  enter')
    yield
    print('  exit')


@counted()
def decorated(x):
    print('  decorated body', x)
    return x * 2


print(decorated(1), decorated(2), decorated.__name__)


class mycontext(ContextDecorator):
    def __enter__(self):
        print('  mycontext enter')
        return self

    def __exit__(self, *exc):
        print('  mycontext exit', exc[0].__name__ if exc[0] else None)
        return False


@mycontext()
def function():
    print('  in function')
    return 'result'


print(function())


@mycontext()
def failing():
    raise KeyError('from decorated')


attempt(failing)
with mycontext() as m:
    print(type(m).__name__)


@contextmanager
def with_exc_value():
    try:
        yield
    except TypeError as e:
        print('  got', repr(e))


class Call:
    def __init__(self, cm):
        self.cm = cm


c = with_exc_value()
c.__enter__()
print(c.__exit__(TypeError, None, None))
c = with_exc_value()
c.__enter__()
print(c.__exit__(None, None, None))
