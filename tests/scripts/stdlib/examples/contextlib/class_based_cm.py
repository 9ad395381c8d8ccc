"""Class-based context managers, ContextDecorator and AbstractContextManager."""
from contextlib import ContextDecorator, AbstractContextManager
import sys


class mycontext(ContextDecorator):
    def __enter__(self):
        print('Starting')
        return self

    def __exit__(self, *exc):
        print('Finishing')
        return False


@mycontext()
def function():
    print('The bit in the middle')


function()
with mycontext():
    print('The bit in the middle (with)')


class Indenter:
    def __init__(self) -> None:
        self.level = 0

    def __enter__(self) -> 'Indenter':
        self.level += 1
        return self

    def __exit__(self, exc_type, exc_value, traceback) -> bool:
        self.level -= 1
        return exc_type is KeyError

    def print(self, text: str) -> None:
        print('    ' * self.level + text)


with Indenter() as indent:
    indent.print('hi!')
    with indent:
        indent.print('hello')
        with indent:
            indent.print('bonjour')
    indent.print('hey')
    with indent:
        raise KeyError('swallowed')
print('after KeyError, level', indent.level)


class Ctx(AbstractContextManager):
    def __exit__(self, exc_type, exc_value, tb):
        print('exit', exc_type)
        return None


with Ctx() as c:
    print(type(c).__name__)
print(isinstance(Indenter(), AbstractContextManager))
try:
    with Ctx():
        raise ValueError('x')
except ValueError:
    print('ValueError propagated', file=sys.stdout)
