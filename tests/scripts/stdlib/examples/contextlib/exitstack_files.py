"""ExitStack: managing a variable number of resources (docs patterns)."""
from contextlib import ExitStack, contextmanager
import io


class Resource:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self):
        print(f'open {self.name}')
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f'close {self.name} (exc={exc_type.__name__ if exc_type else None})')
        return False


names = ['a.txt', 'b.txt', 'c.txt']
with ExitStack() as stack:
    files = [stack.enter_context(Resource(n)) for n in names]
    print('using', [f.name for f in files])

with ExitStack() as stack:
    stack.callback(print, 'callback 1')
    stack.callback(print, 'callback', 2, sep=' #')
    @stack.push
    def exit_handler(exc_type, exc, tb):
        print('push handler saw', exc_type)
    print('in body')

try:
    with ExitStack() as stack:
        stack.enter_context(Resource('x'))
        raise KeyError('boom')
except KeyError as e:
    print('escaped:', e)

with ExitStack() as stack:
    stack.enter_context(Resource('kept'))
    moved = stack.pop_all()
print('after with; resource still open')
moved.close()


def open_all(fail_at: int):
    with ExitStack() as stack:
        got = []
        for i in range(3):
            if i == fail_at:
                raise OSError(f'cannot open #{i}')
            got.append(stack.enter_context(Resource(f'r{i}')))
        stack.pop_all()
        return got


try:
    open_all(2)
except OSError as e:
    print('cleanup happened, then:', e)

buf = io.StringIO()
with ExitStack() as s:
    s.enter_context(buf)
    buf.write('hi')
print(buf.closed)
