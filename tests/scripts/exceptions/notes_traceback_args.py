# BaseException: add_note/__notes__, with_traceback, args, __suppress_context__.
# expect-full-stderr
import sys

e = ValueError('bad')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second\nmultiline note')
print(e.__notes__, type(e.__notes__).__name__)
try:
    e.add_note(42)
except TypeError as t:
    print('TypeError:', t)
print(e.add_note('third') is None, len(e.__notes__))

# with_traceback returns the exception itself
def fail():
    raise KeyError('k')

try:
    fail()
except KeyError as k:
    tb = k.__traceback__
    print(type(tb).__name__, tb is not None)
    print(k.with_traceback(None) is k, k.__traceback__)
    print(k.with_traceback(tb) is k, k.__traceback__ is not None)
try:
    ValueError().with_traceback(5)
except TypeError as t:
    print('TypeError:', t)

# args
x = Exception(1, 'two')
print(x.args, str(x), repr(x))
x.args = ('replaced',)
print(x.args, str(x), repr(x))
x.args = [1, 2]
print(x.args, type(x.args).__name__)
print(Exception().args, str(Exception()), repr(Exception('a')), str(KeyError('k')), KeyError('k').args)

class MyError(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b

m = MyError(1, 2)
print(m.args, m.b, str(m))

# __suppress_context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('outer') from None
except ValueError as v:
    print(v.__suppress_context__, type(v.__context__).__name__, v.__cause__)
v = ValueError()
print(v.__suppress_context__)
v.__suppress_context__ = True
print(v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('outer') from KeyError('cause')
except ValueError as v:
    print(v.__suppress_context__, type(v.__context__).__name__, repr(v.__cause__))

# notes appear after the exception line in the traceback
sys.stdout.flush()
err = RuntimeError('with notes')
err.add_note('note one')
err.add_note('note two')
raise err
