"""@contextmanager in the common forms: tag, timing-like, exception handling."""
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def tag(name: str) -> Iterator[None]:
    print("<%s>" % name)
    yield
    print("</%s>" % name)


with tag("h1"):
    print("foo")


@contextmanager
def managed_resource(*args, **kwds):
    resource = {'args': args, 'kwds': kwds, 'open': True}
    print('acquired', resource['args'])
    try:
        yield resource
    finally:
        resource['open'] = False
        print('released', resource['args'])


with managed_resource(1, 2, timeout=3) as r:
    print('using', r['kwds'])


@contextmanager
def suppress_and_log(*excs):
    try:
        yield
    except excs as e:
        print(f'suppressed {type(e).__name__}: {e}')


with suppress_and_log(ZeroDivisionError):
    1 / 0
print('still running')

try:
    with managed_resource('x'):
        raise ValueError('inside')
except ValueError as e:
    print('propagated:', e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError:', e)


@contextmanager
def indent(level: list):
    level[0] += 1
    yield '  ' * level[0]
    level[0] -= 1


lvl = [0]
with indent(lvl) as pad:
    print(pad + 'one')
    with indent(lvl) as pad2:
        print(pad2 + 'two')
    print(pad + 'back to one')


@tag('decorated')
def f():
    print('body of f')


f()
