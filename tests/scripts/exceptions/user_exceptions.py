class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code=0):
        super().__init__('db failure on ' + table)
        self.table = table
        self.code = code
class Silent(AppError):
    def __str__(self):
        return 'custom str'
try:
    raise DbError('users', 42)
except AppError as e:
    print(type(e).__name__, e, e.table, e.code, e.args)
    print(repr(e))
try:
    raise Silent('ignored', 'args')
except Exception as e:
    print(str(e), repr(e), e.args)
print(issubclass(DbError, AppError), issubclass(DbError, Exception), issubclass(AppError, DbError))
print([c.__name__ for c in DbError.__mro__])
e = AppError()
print(repr(e), str(e), e.args)
e = AppError('one')
print(repr(e), str(e), e.args)
e = AppError('one', 2)
print(repr(e), str(e), e.args)
print(repr(KeyError('k')), str(KeyError('k')), str(KeyError('a', 'b')))
print(repr(ValueError()), repr(OSError('x')))
class WithAttr(Exception):
    def __init__(self, v):
        self.v = v
w = WithAttr(3)
print(w.v, w.args, str(w))
try:
    raise WithAttr(9)
except WithAttr as ex:
    print('caught WithAttr', ex.v)
