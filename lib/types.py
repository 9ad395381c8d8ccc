"""Names for built-in types, as CPython 3.11's `types` module gives them,
and `SimpleNamespace`, `MappingProxyType`, `new_class`, `coroutine`-less."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type({}.keys().mapping)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
GenericAlias = type(list[int])

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class dynamically, as a class statement with these parts would."""
    kwds = dict(kwds or {})
    meta = kwds.pop("metaclass", type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


def resolve_bases(bases):
    result = []
    for base in bases:
        if isinstance(base, type):
            result.append(base)
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            result.append(base)
        else:
            result.extend(entries(bases))
    return tuple(result)


def coroutine(func):
    return func


def DynamicClassAttribute(fget=None, fset=None, fdel=None, doc=None):
    return property(fget, fset, fdel, doc)


def _union_arg_repr(arg):
    if arg is type(None):
        return 'None'
    if isinstance(arg, type) and not isinstance(arg, GenericAlias):
        if arg.__module__ == 'builtins':
            return arg.__qualname__
        return '%s.%s' % (arg.__module__, arg.__qualname__)
    return repr(arg)


def _union_operand(x):
    """Whether `x` may stand on either side of `|` in a union."""
    return (x is None or isinstance(x, (type, GenericAlias, UnionType))
            or hasattr(x, '__origin__') or type(x).__name__ in ('TypeVar', 'ParamSpec'))


class UnionType:
    """What `int | str` makes: the union of its arguments, flattened and
    without repeats; isinstance and issubclass accept it."""

    __slots__ = ('__args__',)

    def __init__(self, args):
        self.__args__ = args

    @property
    def __parameters__(self):
        return tuple(a for a in self.__args__ if type(a).__name__ == 'TypeVar')

    def __or__(self, other):
        if not _union_operand(other):
            return NotImplemented
        return _union_or(self, other)

    def __ror__(self, other):
        if not _union_operand(other):
            return NotImplemented
        return _union_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return ' | '.join(_union_arg_repr(a) for a in self.__args__)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias) or not isinstance(arg, type):
                raise TypeError('issubclass() argument 2 cannot be a parameterized generic')
        return any(issubclass(cls, arg) for arg in self.__args__)


UnionType.__module__ = 'types'


def _union_or(a, b):
    """`a | b` for types, None, aliases and unions (called by the VM)."""
    args = []
    for x in (a, b):
        if isinstance(x, UnionType):
            args.extend(x.__args__)
        elif x is None:
            args.append(type(None))
        else:
            args.append(x)
    unique = []
    for x in args:
        if x not in unique:
            unique.append(x)
    if len(unique) == 1:
        return unique[0]
    return UnionType(tuple(unique))
