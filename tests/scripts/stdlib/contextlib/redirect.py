import sys
from contextlib import redirect_stdout, redirect_stderr, AbstractContextManager, nullcontext, suppress, ExitStack, closing


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


buf = Capture()
with redirect_stdout(buf) as target:
    print('captured line', 1)
    print('second', end='')
    sys.stdout.write('-direct')
print('target is buf:', target is buf)
print(repr(buf.getvalue()))
print('stdout restored', sys.stdout is sys.__stdout__)

err = Capture()
with redirect_stderr(err):
    sys.stderr.write('to stderr\n')
    print('also stderr', file=sys.stderr)
print(repr(err.getvalue()), sys.stderr is sys.__stderr__)

# re-entrant and nested
outer, inner = Capture(), Capture()
r = redirect_stdout(outer)
with r:
    print('o1')
    with redirect_stdout(inner):
        print('i1')
    with r:
        print('o2')
    print('o3')
print(repr(outer.getvalue()), repr(inner.getvalue()))

# restored after an exception too
try:
    with redirect_stdout(Capture()):
        raise ValueError('boom')
except ValueError:
    print('restored after error', sys.stdout is sys.__stdout__)

# None swallows output
with redirect_stdout(None):
    print('nowhere')
print('back')

# AbstractContextManager: __enter__ returns self, subclasses work
class Mine(AbstractContextManager):
    def __exit__(self, *exc):
        print('  Mine exit')


m = Mine()
with m as got:
    print(got is m)
for cls in (redirect_stdout, redirect_stderr, nullcontext, suppress, ExitStack, closing):
    print(cls.__name__, issubclass(cls, AbstractContextManager))
print(AbstractContextManager.__exit__(m, None, None, None))
try:
    AbstractContextManager()
except TypeError as e:
    print('TypeError:', e)


class NoExit(AbstractContextManager):
    pass


try:
    NoExit()
except TypeError as e:
    print('TypeError:', e)
