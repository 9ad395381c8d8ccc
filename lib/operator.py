"""Standard operators as functions: gilpy's `operator`.

Every function of CPython 3.11's module, its dunder alias (`operator.__add__
is operator.add`), and the callable classes itemgetter, attrgetter and
methodcaller with CPython's reprs and error messages.
"""

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
    'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
    'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index',
    'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not',
    'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift',
    'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_',
    'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor',
]

_abs = abs


# Comparisons.

def lt(a, b, /):
    "a < b, as a function."
    return a < b


def le(a, b, /):
    "a <= b, as a function."
    return a <= b


def eq(a, b, /):
    "a == b, as a function."
    return a == b


def ne(a, b, /):
    "a != b, as a function."
    return a != b


def ge(a, b, /):
    "a >= b, as a function."
    return a >= b


def gt(a, b, /):
    "a > b, as a function."
    return a > b


# Logical operations.

def not_(a, /):
    "not a, as a function."
    return not a


def truth(a, /):
    """bool(a)."""
    return True if a else False


def is_(a, b, /):
    "a is b, as a function."
    return a is b


def is_not(a, b, /):
    "a is not b, as a function."
    return a is not b


# Arithmetic and bitwise operations.

def abs(a, /):
    "abs(a), as a function."
    return _abs(a)


def add(a, b, /):
    "a + b, as a function."
    return a + b


def and_(a, b, /):
    "a & b, as a function."
    return a & b


def floordiv(a, b, /):
    "a // b, as a function."
    return a // b


def index(a, /):
    "a.__index__(), as a function."
    if type(a) is int:
        return a
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__)
    result = method(a)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)"
                        % type(result).__name__)
    return result


def inv(a, /):
    "~a, as a function."
    return ~a


invert = inv


def lshift(a, b, /):
    "a << b, as a function."
    return a << b


def mod(a, b, /):
    "a % b, as a function."
    return a % b


def mul(a, b, /):
    "a * b, as a function."
    return a * b


def matmul(a, b, /):
    "a @ b, as a function."
    return a @ b


def neg(a, /):
    "-a, as a function."
    return -a


def or_(a, b, /):
    "a | b, as a function."
    return a | b


def pos(a, /):
    "+a, as a function."
    return +a


def pow(a, b, /):
    "a ** b, as a function."
    return a ** b


def rshift(a, b, /):
    "a >> b, as a function."
    return a >> b


def sub(a, b, /):
    "a - b, as a function."
    return a - b


def truediv(a, b, /):
    "a / b, as a function."
    return a / b


def xor(a, b, /):
    "a ^ b, as a function."
    return a ^ b


# Sequence operations.

def _is_sequence(a):
    # CPython asks whether the type fills the sequence item slot: dicts have
    # __getitem__ but are mappings, not sequences.
    return hasattr(a, '__getitem__') and not isinstance(a, dict)


def concat(a, b, /):
    """a + b for two sequences (TypeError if a is not one)."""
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def contains(a, b, /):
    """b in a: note the order of the arguments."""
    return b in a


def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable"
                        % type(a).__name__) from None


def countOf(a, b, /):
    """How many items of a are b or equal to b."""
    count = 0
    for item in _iterate(a):
        if item is b or item == b:
            count += 1
    return count


def delitem(a, b, /):
    "Does del a[b]."
    del a[b]


def getitem(a, b, /):
    "a[b], as a function."
    return a[b]


def indexOf(a, b, /):
    """The position of the first item of a that is b or equal to b (ValueError if none)."""
    i = 0
    for item in _iterate(a):
        if item is b or item == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c, /):
    "Does a[b] = c."
    a[b] = c


def length_hint(obj, default=0, /):
    """len(obj) if it has one, else what its __length_hint__ guesses, else
    `default`: a size estimate (a non-negative int) for preallocating."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        value = hint(obj)
    except TypeError:
        return default
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError('__length_hint__ must be an integer, not %s'
                        % type(value).__name__)
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


# Other operations.

def call(obj, /, *args, **kwargs):
    """Calls obj with the given arguments."""
    return obj(*args, **kwargs)


# In-place operations.

def iadd(a, b, /):
    "a += b, returning the new a."
    a += b
    return a


def iand(a, b, /):
    "a &= b, returning the new a."
    a &= b
    return a


def iconcat(a, b, /):
    """a += b for two sequences (TypeError if a is not one)."""
    if not _is_sequence(a):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


def ifloordiv(a, b, /):
    "a //= b, returning the new a."
    a //= b
    return a


def ilshift(a, b, /):
    "a <<= b, returning the new a."
    a <<= b
    return a


def imod(a, b, /):
    "a %= b, returning the new a."
    a %= b
    return a


def imul(a, b, /):
    "a *= b, returning the new a."
    a *= b
    return a


def imatmul(a, b, /):
    "a @= b, returning the new a."
    a @= b
    return a


def ior(a, b, /):
    "a |= b, returning the new a."
    a |= b
    return a


def ipow(a, b, /):
    "a **= b, returning the new a."
    a **= b
    return a


def irshift(a, b, /):
    "a >>= b, returning the new a."
    a >>= b
    return a


def isub(a, b, /):
    "a -= b, returning the new a."
    a -= b
    return a


def itruediv(a, b, /):
    "a /= b, returning the new a."
    a /= b
    return a


def ixor(a, b, /):
    "a ^= b, returning the new a."
    a ^= b
    return a


# Callable objects.

def _count_error(name, got):
    return TypeError('%s expected 1 argument, got %d' % (name, got))


class attrgetter:
    """A callable that reads the named attributes from its argument: attrgetter('x')(r)
    is r.x, attrgetter('x', 'y.z')(r) is (r.x, r.y.z)."""

    __slots__ = ('_attrs', '_paths')

    def __init__(self, *attrs):
        if not attrs:
            raise _count_error('attrgetter', 0)
        paths = []
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError('attribute name must be a string')
            paths.append(tuple(attr.split('.')))
        self._attrs = attrs
        self._paths = tuple(paths)

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if len(args) != 1:
            raise _count_error('attrgetter', len(args))
        obj = args[0]
        results = []
        for path in self._paths:
            value = obj
            for name in path:
                value = getattr(value, name)
            results.append(value)
        if len(results) == 1:
            return results[0]
        return tuple(results)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    """A callable that indexes its argument: itemgetter(1)(r) is r[1],
    itemgetter(1, 3)(r) is (r[1], r[3])."""

    __slots__ = ('_items',)

    def __init__(self, *items):
        if not items:
            raise _count_error('itemgetter', 0)
        self._items = items

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if len(args) != 1:
            raise _count_error('itemgetter', len(args))
        obj = args[0]
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[i] for i in items])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """A callable that calls a method of its argument: methodcaller('m', 1, k=2)(r)
    is r.m(1, k=2)."""

    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, '
                            'the method name')
        self = args[0]
        name = args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('methodcaller() takes no keyword arguments')
        if len(args) != 1:
            raise _count_error('methodcaller', len(args))
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(parts)


# The dunder aliases: operator.__add__ is operator.add, and so on.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
