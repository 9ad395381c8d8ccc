"""Names for type hints (gilpy's `typing`).

Enough of CPython's typing for annotations to import, subscript and print
as they do there (`typing.List[int]`, `typing.Optional[int]`,
`typing.Callable[[int], str]`), for `class Foo(Generic[T])`, `NamedTuple`
and `TypedDict` class syntax, and for the small runtime helpers (`cast`,
`overload`, `get_type_hints`...). Nothing is checked at run time.
"""

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal',
           'Optional', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union',
           'AbstractSet', 'ByteString', 'Container', 'Hashable', 'ItemsView',
           'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence',
           'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator',
           'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
           'Reversible', 'Generator', 'Dict', 'DefaultDict', 'List',
           'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
           'Counter', 'Deque', 'ChainMap', 'Text', 'AnyStr', 'cast',
           'final', 'get_args', 'get_origin', 'get_type_hints', 'NewType',
           'no_type_check', 'no_type_check_decorator', 'NoReturn', 'Never',
           'overload', 'runtime_checkable', 'TYPE_CHECKING', 'Self',
           'LiteralString', 'TypeAlias', 'TypeGuard', 'SupportsInt',
           'SupportsFloat', 'SupportsAbs', 'SupportsIndex', 'Annotated',
           'reveal_type', 'assert_never', 'assert_type']

TYPE_CHECKING = False

_NoneType = type(None)
_FunctionType = type(lambda: None)


def _type_repr(obj):
    """How an argument of a generic alias prints: int, __main__.Foo, ..."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg, is_argument=True, allow_special_forms=False):
    """The argument of a subscription as a type: None becomes NoneType,
    a string a ForwardRef; plain special forms and tuples are refused."""
    invalid_generic_forms = (Generic, Protocol)
    if not allow_special_forms:
        invalid_generic_forms += (ClassVar,)
        if is_argument:
            invalid_generic_forms += (Final,)
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid_generic_forms:
        raise TypeError(f"{arg} is not valid as type argument")
    if any(arg is form for form in (Any, LiteralString, NoReturn, Never, Self, TypeAlias)):
        return arg
    if allow_special_forms and (arg is ClassVar or arg is Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg is Generic or arg is Protocol:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _type_convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _collect_parameters(args):
    """The type variables that occur in args, in first-seen order."""
    params = []
    for t in args:
        if isinstance(t, (TypeVar, ParamSpec)):
            if t not in params:
                params.append(t)
        elif isinstance(t, (list, tuple)):
            for p in _collect_parameters(t):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(t, '__parameters__', ()) if not isinstance(t, type) else ():
                if p not in params:
                    params.append(p)
    return tuple(params)


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


class _Final:
    """Mixin of typing's internal classes: users may not subclass them."""
    __slots__ = ()


# ---------------------------------------------------------------- special forms

class _SpecialForm(_Final):
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem, name=None, doc=None):
        self._getitem = getitem
        self._name = name if name is not None else getitem.__name__
        self.__doc__ = doc if doc is not None else getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


def _special(name, doc=''):
    """A special form that takes no subscription."""
    def getitem(self, parameters):
        raise TypeError(f"{self} is not subscriptable")
    return _SpecialForm(getitem, name, doc)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return f"<class '{self.__module__}.{self.__qualname__}'>"


class Any(metaclass=_AnyMeta):
    """The type compatible with every type (a class since 3.11, so it can be subclassed)."""


NoReturn = _special('NoReturn', 'Special type indicating functions that never return.')
Never = _special('Never', 'The bottom type, a type that has no members.')
Self = _special('Self', 'Used to spell the type of "self" in classes.')
LiteralString = _special('LiteralString', 'Represents an arbitrary literal string.')
TypeAlias = _special('TypeAlias', 'Special marker indicating that an assignment is a type alias.')


def _single_type_form(name):
    def getitem(self, parameters):
        item = _type_check(parameters, f'{self} accepts only single type.')
        return _GenericAlias(self, (item,))
    return _SpecialForm(getitem, name)


ClassVar = _single_type_form('ClassVar')
Final = _single_type_form('Final')
TypeGuard = _single_type_form('TypeGuard')
Required = _single_type_form('Required')
NotRequired = _single_type_form('NotRequired')


def _flatten_union(parameters):
    flat = []
    for p in parameters:
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    for p in flat:
        if p not in unique:
            unique.append(p)
    return tuple(unique)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    parameters = _as_tuple(parameters)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


Union = _SpecialForm(_union_getitem, 'Union')


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, _NoneType]


Optional = _SpecialForm(_optional_getitem, 'Optional')


def _literal_getitem(self, parameters):
    parameters = _as_tuple(parameters)
    unique = []
    for p in parameters:
        if not any(p == q and type(p) is type(q) for q in unique):
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique))


Literal = _SpecialForm(_literal_getitem, 'Literal')


def _concatenate_getitem(self, parameters):
    parameters = _as_tuple(parameters)
    return _GenericAlias(self, parameters)


Concatenate = _SpecialForm(_concatenate_getitem, 'Concatenate')


# ---------------------------------------------------------------- generic aliases

class _BaseGenericAlias(_Final):
    """What typing.List[int] and friends are: an origin class plus arguments."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in {'_name', '_inst', '_nparams'}:
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_BaseGenericAlias):
    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        self.__args__ = _as_tuple(args)
        self.__parameters__ = _collect_parameters(self.__args__)
        if not name:
            self.__module__ = getattr(origin, '__module__', None)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        args = _as_tuple(args)
        if len(args) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(args) > len(self.__parameters__) else 'few'}"
                            f" arguments for {self}; actual {len(args)}, "
                            f"expected {len(self.__parameters__)}")
        mapping = dict(zip(self.__parameters__, args))
        new_args = tuple(_substitute(a, mapping) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            args = "()"
        return f'{name}[{args}]'

    def __reduce__(self):
        return self.__class__, (self.__origin__, self.__args__)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, (list, tuple)):
        return type(arg)(_substitute(a, mapping) for a in arg)
    return arg


class _SpecialGenericAlias(_BaseGenericAlias):
    """typing.List, typing.Dict...: an alias waiting for its arguments."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == 'builtins':
            self.__doc__ = f'A generic version of {origin.__qualname__}.'
        else:
            self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}.'

    def __getitem__(self, params):
        params = _as_tuple(params)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        actual, expected = len(params), self._nparams
        if actual != expected:
            raise TypeError(f"Too {'many' if actual > expected else 'few'} arguments for {self};"
                            f" actual {actual}, expected {expected}")
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join([_type_repr(a) for a in args]) + ']'

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, type) and issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return 'typing.Literal[' + ', '.join([repr(a) for a in self.__args__]) + ']'


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is Ellipsis:
            return f'typing.Callable[..., {_type_repr(args[1])}]'
        params = ', '.join([_type_repr(a) for a in args[:-1]])
        return f'typing.Callable[[{params}], {_type_repr(args[-1])}]'

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            params = (..., result)
        else:
            if isinstance(args, list):
                args = tuple(args)
            elif not isinstance(args, tuple):
                args = (args,)
            params = tuple(_type_convert(a) for a in args) + (result,)
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple', inst=self._inst)
        params = _as_tuple(params)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return _GenericAlias(tuple, params + (...,), name='Tuple', inst=self._inst)
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return _GenericAlias(tuple, params, name='Tuple', inst=self._inst)


# ---------------------------------------------------------------- type variables

class TypeVar(_Final):
    """A type variable: T = TypeVar('T'), with an optional bound or constraints."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


class ForwardRef(_Final):
    """A type written as a string, to be evaluated later."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


# ---------------------------------------------------------------- Generic, Protocol

def _generic_class_getitem(cls, params):
    params = _as_tuple(params)
    if not params and cls is not Tuple:
        raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
    if cls in (Generic, Protocol):
        for p in params:
            if not isinstance(p, (TypeVar, ParamSpec)):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                "or parameter specification variables.")
        if len(set(params)) != len(params):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, params)
    expected = _class_parameters(cls)
    if len(params) != len(expected):
        if not expected:
            raise TypeError(f"{cls} is not a generic class")
        raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} arguments for {cls};"
                        f" actual {len(params)}, expected {len(expected)}")
    return _GenericAlias(cls, params)


def _class_parameters(cls):
    """The type variables of a Generic subclass, from the bases it was written with.

    CPython computes them in Generic.__init_subclass__; gilpy works them out
    when first needed."""
    if '__parameters__' in cls.__dict__:
        return cls.__dict__['__parameters__']
    params = None
    orig = cls.__dict__.get('__orig_bases__', ())
    for base in orig:
        if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
            params = base.__parameters__
    if params is None:
        found = []
        for base in orig:
            for p in getattr(base, '__parameters__', ()):
                if p not in found:
                    found.append(p)
        params = tuple(found)
    try:
        type.__setattr__(cls, '__parameters__', params)
    except (TypeError, AttributeError):
        pass
    return params


class Generic:
    """Base of user-defined generic classes: class Foo(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)


class Protocol(Generic):
    """Base of protocol classes, for structural typing (nothing is checked here)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)


def runtime_checkable(cls):
    if not (isinstance(cls, type) and issubclass(cls, Generic) and cls._is_protocol):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------- the aliases

def _abc(name):
    """collections.abc.name if that module exists, else a stand-in class."""
    try:
        import collections.abc as abc
        return getattr(abc, name)
    except (ImportError, AttributeError):
        return type(name, (), {'__module__': 'collections.abc', '__qualname__': name})


def _collections(name):
    try:
        import collections
        return getattr(collections, name)
    except (ImportError, AttributeError):
        return type(name, (), {'__module__': 'collections', '__qualname__': name})


Hashable = _SpecialGenericAlias(_abc('Hashable'), 0)
Awaitable = _SpecialGenericAlias(_abc('Awaitable'), 1)
Coroutine = _SpecialGenericAlias(_abc('Coroutine'), 3)
AsyncIterable = _SpecialGenericAlias(_abc('AsyncIterable'), 1)
AsyncIterator = _SpecialGenericAlias(_abc('AsyncIterator'), 1)
Iterable = _SpecialGenericAlias(_abc('Iterable'), 1)
Iterator = _SpecialGenericAlias(_abc('Iterator'), 1)
Reversible = _SpecialGenericAlias(_abc('Reversible'), 1)
Sized = _SpecialGenericAlias(_abc('Sized'), 0)
Container = _SpecialGenericAlias(_abc('Container'), 1)
Collection = _SpecialGenericAlias(_abc('Collection'), 1)
Callable = _CallableType(_abc('Callable'), 2)
AbstractSet = _SpecialGenericAlias(_abc('Set'), 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc('MutableSet'), 1)
Mapping = _SpecialGenericAlias(_abc('Mapping'), 2)
MutableMapping = _SpecialGenericAlias(_abc('MutableMapping'), 2)
Sequence = _SpecialGenericAlias(_abc('Sequence'), 1)
MutableSequence = _SpecialGenericAlias(_abc('MutableSequence'), 1)
ByteString = _SpecialGenericAlias(_abc('ByteString'), 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(_collections('deque'), 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _SpecialGenericAlias(_abc('MappingView'), 1)
KeysView = _SpecialGenericAlias(_abc('KeysView'), 1)
ItemsView = _SpecialGenericAlias(_abc('ItemsView'), 2)
ValuesView = _SpecialGenericAlias(_abc('ValuesView'), 1)
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(_collections('defaultdict'), 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections('OrderedDict'), 2)
Counter = _SpecialGenericAlias(_collections('Counter'), 1)
ChainMap = _SpecialGenericAlias(_collections('ChainMap'), 2)
Generator = _SpecialGenericAlias(_abc('Generator'), 3)
AsyncGenerator = _SpecialGenericAlias(_abc('AsyncGenerator'), 2)
Type = _SpecialGenericAlias(type, 1, name='Type')
Text = str


class Annotated:
    """Annotated[T, x]: the type T carrying extra metadata x."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__),
            ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


# ---------------------------------------------------------------- NamedTuple, TypedDict

def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = _namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = dict(types)
    return nm_tpl


def _namedtuple(name, fields, defaults=(), module=None):
    try:
        from collections import namedtuple
    except ImportError:
        namedtuple = _small_namedtuple
    return namedtuple(name, fields, defaults=defaults, module=module)


class _FieldGetter:
    # A namedtuple field: item `index` of the tuple, read-only.

    __slots__ = ('index', '__doc__')

    def __init__(self, index):
        self.index = index
        self.__doc__ = f'Alias for field number {index}'

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj[self.index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


def _small_namedtuple(typename, field_names, *, defaults=(), module=None, rename=False):
    """A namedtuple class, for when the collections module is not there."""
    field_names = tuple(field_names)
    n = len(field_names)
    defaults = tuple(defaults)
    n_required = n - len(defaults)
    qual = typename

    def __new__(cls, *args, **kwargs):
        if len(args) > n:
            raise TypeError(f"{qual}.__new__() takes {n + 1} positional arguments but "
                            f"{len(args) + 1} were given")
        values = list(args)
        for i in range(len(args), n):
            name = field_names[i]
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif i >= n_required:
                values.append(defaults[i - n_required])
            else:
                missing = [f for f in field_names[i:] if f not in kwargs
                           and field_names.index(f) < n_required]
                quoted = ["'%s'" % m for m in missing]
                if len(quoted) == 1:
                    text = quoted[0]
                elif len(quoted) == 2:
                    text = quoted[0] + ' and ' + quoted[1]
                else:
                    text = ', '.join(quoted[:-1]) + ', and ' + quoted[-1]
                raise TypeError(f"{qual}.__new__() missing {len(missing)} required positional "
                                f"argument{'s' if len(missing) > 1 else ''}: {text}")
        for name in kwargs:
            if name in field_names:
                raise TypeError(f"{qual}.__new__() got multiple values for argument '{name}'")
            raise TypeError(f"{qual}.__new__() got an unexpected keyword argument '{name}'")
        return tuple.__new__(cls, values)

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            ['%s=%r' % (name, value) for name, value in zip(field_names, self)]) + ')'

    def _asdict(self):
        return dict(zip(field_names, self))

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(field_names, self)]
        if kwargs:
            raise ValueError(f'Got unexpected field names: {list(kwargs)!r}')
        return type(self)(*values)

    @classmethod
    def _make(cls, iterable):
        return tuple.__new__(cls, list(iterable))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({", ".join(field_names)})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': dict(zip(field_names[n_required:], defaults)),
        '__new__': __new__,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '_replace': _replace,
        '_make': _make,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _FieldGetter(index)
    cls = type(typename, (tuple,), namespace)
    cls.__module__ = module if module is not None else '__main__'
    cls.__qualname__ = typename
    return cls


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})
_special_names = frozenset({'__module__', '__name__', '__annotations__', '__qualname__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, list(types.items()),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__', '__main__'))
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special_names and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__qualname__' in ns:
            nm_tpl.__qualname__ = ns['__qualname__']
        return nm_tpl


class _NamedTupleFunction:
    """typing.NamedTuple: call it with fields, or subclass it with annotations."""

    __name__ = 'NamedTuple'
    __qualname__ = 'NamedTuple'

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        elif kwargs:
            raise TypeError("Either list of fields or keywords"
                            " can be provided to NamedTuple, not both")
        return _make_nmtuple(typename, list(fields), module='__main__')

    def __mro_entries__(self, bases):
        return (_NamedTuple,)

    def __repr__(self):
        return '<function NamedTuple>'


NamedTuple = _NamedTupleFunction()
_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get('__annotations__', {})
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class _TypedDictFunction:
    """typing.TypedDict: subclass it with annotations (or call it with fields)."""

    __name__ = 'TypedDict'
    __qualname__ = 'TypedDict'

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        ns = {'__annotations__': dict(fields), '__module__': '__main__'}
        return _TypedDictMeta(typename, (), ns, total=total)

    def __mro_entries__(self, bases):
        return (_TypedDict,)

    def __repr__(self):
        return '<function TypedDict>'


TypedDict = _TypedDictFunction()
_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


class NewType:
    """NewType('UserId', int): a callable that returns its argument, for type checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __mro_entries__(self, bases):
        # The error names the class being made, which only a subclass hook knows.
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                                f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`")

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------- protocols of one method

class SupportsInt(Protocol):
    __slots__ = ()


class SupportsFloat(Protocol):
    __slots__ = ()


class SupportsComplex(Protocol):
    __slots__ = ()


class SupportsBytes(Protocol):
    __slots__ = ()


class SupportsIndex(Protocol):
    __slots__ = ()


class SupportsAbs(Protocol):
    __slots__ = ()


class SupportsRound(Protocol):
    __slots__ = ()


# ---------------------------------------------------------------- functions

def cast(typ, val):
    """Return val unchanged; tells a type checker that val has type typ."""
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


_overload_registry = {}


def overload(func):
    """Mark one signature of an overloaded function; calling the result raises."""
    key = getattr(func, '__qualname__', None)
    if key is not None:
        _overload_registry.setdefault((getattr(func, '__module__', None), key), []).append(func)
    return _overload_dummy


def get_overloads(func):
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Mark a function (or the methods of a class) as not to be type checked."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if isinstance(obj, _FunctionType):
                try:
                    obj.__no_type_check__ = True
                except (AttributeError, TypeError):
                    pass
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def get_origin(tp):
    """List[int] -> list, Union[int, str] -> Union, int -> None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _BaseGenericAlias):
        origin = tp.__origin__
        return origin
    if tp is Generic:
        return Generic
    import types
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return getattr(type(tp), '__origin__', None) if hasattr(tp, '__args__') and not isinstance(tp, type) else None


def get_args(tp):
    """List[int] -> (int,), Callable[[int], str] -> ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args and args[0] is not Ellipsis:
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    if not isinstance(tp, type) and hasattr(tp, '__args__'):
        return tp.__args__
    return ()


# The built-in names an annotation string most often uses, for when there is
# no `builtins` module to ask.
_BUILTIN_TYPES = {t.__name__: t for t in (
    int, str, float, bool, bytes, bytearray, complex, list, dict, set, frozenset,
    tuple, type, object, range, slice, BaseException, Exception)}
_BUILTIN_TYPES['None'] = None


def _builtin(name):
    """A built-in name's value, or raise NameError."""
    try:
        import builtins
    except ImportError:
        builtins = None
    if builtins is not None:
        if hasattr(builtins, name):
            return getattr(builtins, name)
    elif name in _BUILTIN_TYPES:
        return _BUILTIN_TYPES[name]
    elif name == 'eval':
        try:
            return eval
        except NameError:
            pass
    raise NameError(f"name '{name}' is not defined")


def _eval_string(text, globalns, localns):
    """The value of an annotation written as a string."""
    try:
        evaluate = _builtin('eval')
    except NameError:
        evaluate = None
    if evaluate is not None:
        return evaluate(text, globalns, localns)
    # Without eval: a (dotted) name is looked up; anything else stays a ForwardRef.
    parts = text.strip().split('.')
    if not all(part.isidentifier() for part in parts):
        return ForwardRef(text)
    head = parts[0]
    if localns is not None and head in localns:
        value = localns[head]
    elif globalns is not None and head in globalns:
        value = globalns[head]
    else:
        value = _builtin(head)
    for part in parts[1:]:
        value = getattr(value, part)
    return value


def _eval_type(t, globalns, localns):
    """Evaluate the forward references in t, also inside generic aliases."""
    if t is None:
        return _NoneType
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        value = _eval_string(t.__forward_arg__, globalns, localns)
        if isinstance(value, ForwardRef):
            return value
        return _eval_type(value, globalns, localns)
    if isinstance(t, _GenericAlias) and not isinstance(t, (_LiteralGenericAlias, _AnnotatedAlias)):
        new_args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if new_args == t.__args__:
            return t
        return t.copy_with(new_args)
    return t


def _eval_hint(value, globalns, localns):
    return _eval_type(value, globalns, localns)


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, with None as NoneType
    and strings evaluated."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                import sys
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if callable(obj) or isinstance(obj, type(_sys_module())):
            return {}
        raise TypeError('{!r} is not a module, class, method, '
                        'or function.'.format(obj))
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
        if globalns is None:
            globalns = getattr(obj, '__dict__', {})
    if localns is None:
        localns = globalns
    result = {}
    for name, value in hints.items():
        result[name] = _eval_hint(value, globalns, localns)
    if include_extras:
        return result
    return {k: _strip_annotations(t) for k, t in result.items()}


AnyStr = TypeVar('AnyStr', bytes, str)


def _sys_module():
    import sys
    return sys
