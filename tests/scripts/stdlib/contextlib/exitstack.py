import sys
from contextlib import ExitStack, contextmanager, closing, nullcontext, suppress


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('  enter', self.name)
        return self.name

    def __exit__(self, typ, value, tb):
        print('  exit', self.name, typ.__name__ if typ else None, value)
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(Resource(n)) for n in 'abc']
    print('names', names)
    stack.callback(print, '  callback', 1, sep='-')
    pushed = stack.push(lambda *exc: print('  pushed exit', exc[0]))
    print(callable(pushed))

with ExitStack() as stack:
    stack.enter_context(Resource('outer'))
    stack.enter_context(Resource('suppressor', suppress=True))
    stack.enter_context(Resource('inner'))
    raise ValueError('suppressed by the middle one')
print('after suppression')

try:
    with ExitStack() as stack:
        stack.callback(print, '  callbacks run even on error')
        raise KeyError('escapes')
except KeyError as e:
    print('escaped', e)

# push with an object having __exit__, and with a plain function
r = Resource('pushed-cm')
with ExitStack() as stack:
    print(stack.push(r) is r)

def exit_fn(typ, value, tb):
    print('  exit_fn saw', typ.__name__ if typ else None)
    return True

with ExitStack() as stack:
    stack.push(exit_fn)
    raise IndexError('swallowed by exit_fn')
print('after exit_fn')

# pop_all transfers the callbacks
with ExitStack() as stack:
    stack.callback(print, '  transferred callback')
    moved = stack.pop_all()
print('stack closed, moved pending')
moved.close()
moved.close()

# callbacks get their own arguments and keywords; callback() returns the callable
def cb(*args, **kw):
    print('  cb', args, kw)

with ExitStack() as stack:
    print(stack.callback(cb, 1, 2, k='v') is cb)
    stack.callback(cb, self=1, callback=2)

# exception chaining through the callbacks
def raiser(exc):
    def cb(*args):
        raise exc
    return cb

try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError('third')))
        stack.callback(raiser(IndexError('second')))
        stack.callback(raiser(ValueError('first')))
        raise TypeError('body')
except Exception as e:
    chain = []
    while e is not None:
        chain.append('%s(%s)' % (type(e).__name__, e))
        e = e.__context__
    print(' <- '.join(chain))

try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError('from callback')))
except KeyError as e:
    print('KeyError', e, e.__context__)

# an exception raised by a callback replaces the original, a later suppressor clears it
with ExitStack() as stack:
    stack.push(exit_fn)
    stack.callback(raiser(ValueError('replaced')))
    raise TypeError('original')
print('cleared')

# entering a non-context manager
class NotCM:
    pass

attempt(lambda: ExitStack().enter_context(NotCM()))
attempt(lambda: ExitStack().enter_context(object()))

# a failing __enter__ pushes nothing
class BadEnter:
    def __enter__(self):
        raise RuntimeError('bad enter')

    def __exit__(self, *exc):
        print('  never called')

stack = ExitStack()
attempt(lambda: stack.enter_context(BadEnter()))
stack.close()

# nested exit stacks
with ExitStack() as outer:
    outer.callback(print, '  outer cb')
    with ExitStack() as inner:
        inner.callback(print, '  inner cb')
print(ExitStack().__enter__().__class__.__name__)

# exceptions from __exit__ inside a handler
try:
    raise LookupError('outer handling')
except LookupError:
    try:
        with ExitStack() as stack:
            stack.callback(raiser(ValueError('cb error')))
    except ValueError as e:
        print('context is the handled one:', type(e.__context__).__name__)


class Closeable:
    def __init__(self):
        self.closed = False

    def close(self):
        print('  close() called')
        self.closed = True


c = Closeable()
with closing(c) as got:
    print(got is c, c.closed)
print(c.closed)
try:
    with closing(Closeable()):
        raise ValueError('closing still closes')
except ValueError as e:
    print(e)

with nullcontext() as n:
    print('nullcontext', n)
with nullcontext(42) as n:
    print('nullcontext', n)
cm = nullcontext([1])
with cm as a, cm as b:
    print(a is b)

with suppress(KeyError, IndexError):
    {}['missing']
print('suppressed KeyError')
with suppress(LookupError):
    [][1]
print('suppressed IndexError through its base')
with suppress():
    pass
attempt(lambda: exec_suppress())


def exec_suppress():
    with suppress(KeyError):
        raise ValueError('not suppressed')


attempt(exec_suppress)
s = suppress(ValueError)
print(s.__exit__(ValueError, ValueError(), None), s.__exit__(None, None, None), s.__exit__(TypeError, TypeError(), None))
print(s.__enter__())
