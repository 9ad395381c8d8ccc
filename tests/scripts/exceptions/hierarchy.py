names = ['BaseException', 'Exception', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError',
         'ValueError', 'TypeError', 'NameError', 'UnboundLocalError', 'AttributeError',
         'LookupError', 'KeyError', 'IndexError', 'StopIteration', 'RuntimeError',
         'RecursionError', 'NotImplementedError', 'AssertionError', 'ImportError',
         'ModuleNotFoundError', 'OSError', 'FileNotFoundError', 'KeyboardInterrupt', 'SystemExit']
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
           ValueError, TypeError, NameError, UnboundLocalError, AttributeError,
           LookupError, KeyError, IndexError, StopIteration, RuntimeError,
           RecursionError, NotImplementedError, AssertionError, ImportError,
           ModuleNotFoundError, OSError, FileNotFoundError, KeyboardInterrupt, SystemExit]
for name, cls in zip(names, classes):
    print(name, cls.__name__ == name, cls.__bases__[0].__name__ if cls is not BaseException else '-')
for cls in classes:
    supers = [n for n, c in zip(names, classes) if c is not cls and issubclass(cls, c)]
    print(cls.__name__, '<', ' '.join(supers))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
print(issubclass(ZeroDivisionError, (ValueError, ArithmeticError)))
print(isinstance(KeyError('x'), LookupError), isinstance(IndexError(), KeyError))
try:
    {}['missing']
except LookupError as e:
    print('LookupError caught', type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print('ArithmeticError caught', type(e).__name__)
try:
    raise FileNotFoundError('nofile')
except OSError as e:
    print('OSError caught', type(e).__name__, e)
