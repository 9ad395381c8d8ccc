"""Enumerations (gilpy's `enum`): Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

The members of an enumeration are made by its metaclass, EnumType, when the
class statement ends: every name of the class body that is not a dunder, a
_sunder_ or a descriptor (function, property...) becomes a member, in the
order of the body; `auto()` values are resolved then. The metaclass's
`__iter__`, `__len__`, `__getitem__`, `__contains__` and `__call__` make
`list(Color)`, `len(Color)`, `Color['RED']` and `Color(1)` work.
"""

import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'property', 'verify',
           'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
           'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
           'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name']

_builtin_property = property


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Stands for a value the Enum works out itself (1, 2, 3... or _generate_next_value_'s)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # CPython gives auto() its value as soon as the class body assigns it, so
    # `AB = A | B` works; gilpy resolves it when the class is made, so an
    # operation on auto() values is kept as a recipe until then.
    def __or__(self, other):
        return _AutoOp(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoOp(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoOp(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoOp(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, other, self)

    def __add__(self, other):
        return _AutoOp(lambda a, b: a + b, self, other)

    def __radd__(self, other):
        return _AutoOp(lambda a, b: a + b, other, self)

    def __invert__(self):
        return _AutoOp(lambda a, b: ~a, self, None)


class _AutoOp(auto):
    """An operation on auto() values, computed once they have values."""

    def __init__(self, op, left, right):
        super().__init__()
        self._op = op
        self._left = left
        self._right = right

    def _compute(self):
        left = _resolved(self._left)
        right = _resolved(self._right)
        return self._op(left, right)


def _resolved(value):
    if isinstance(value, _AutoOp):
        return value._compute()
    if isinstance(value, auto):
        return value.value
    return value


class member:
    """Wraps a value so that it becomes a member even if it is a function or the like."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Wraps a value so that it stays a plain class attribute, not a member."""

    def __init__(self, value):
        self.value = value


class property(_builtin_property):
    """The property of an enum member (name, value...)."""


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    # gilpy does not mangle __names in class bodies (yet): take both spellings.
    if name.startswith('__') and not name.endswith('__'):
        return True
    pattern = '_%s__' % (cls_name,)
    if len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__'):
        return True
    return False


_FunctionType = type(lambda: None)


def _is_descriptor(obj):
    # gilpy's built-in descriptors do not all show __get__: name them too.
    if isinstance(obj, (_builtin_property, staticmethod, classmethod, _FunctionType)):
        return True
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


class _MappingProxy:
    """A read-only view of the members map, as `__members__` returns it."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return dict(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


def _high_bit(value):
    return value.bit_length() - 1


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _bits_of(num):
    """The single-bit values set in num, lowest first."""
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _bin(num, max_bits=None):
    """bin() with a sign bit, as Flag's error messages show values."""
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


# ---------------------------------------------------------------- the metaclass

class EnumType(type):
    """The class of Enum classes: it makes the members and looks them up."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)

        # The members, in body order; everything else stays in the class body.
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        body = {}
        member_names = []
        member_values = []
        for key, value in list(classdict.items()):
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                  or _is_descriptor(value)):
                if _is_sunder(key) and key not in _SUNDER_ALLOWED:
                    raise ValueError('_sunder_ names, such as %r, are reserved for future '
                                     'Enum use' % (key,))
                body[key] = value
                continue
            if key in member_names:
                raise TypeError('%r already defined as %r' % (key, classdict[key]))
            member_names.append(key)
            member_values.append(value)

        if 'mro' in member_names:
            raise ValueError("Invalid enum member name: mro")

        # A __new__ of the class body makes the members; once they exist the
        # class's __new__ is Enum.__new__, which looks them up by value.
        save_new = Enum is not None and '__new__' in body
        # CPython's classes do not inherit __doc__; gilpy's do unless it is set.
        body.setdefault('__doc__', None)
        body['_member_type_'] = member_type
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []

        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        new_member = enum_class.__new__ if save_new else None
        type.__setattr__(enum_class, '_new_member_', staticmethod(new_member) if save_new else None)

        # Resolve auto() in order, each seeing the values before it.
        generate = enum_class._generate_next_value_
        last_values = []
        for i, (name, value) in enumerate(zip(member_names, member_values)):
            if isinstance(value, auto) or (isinstance(value, tuple) and any(
                    isinstance(v, auto) for v in value)):
                if isinstance(value, _AutoOp):
                    value.value = value._compute()
                    value = value.value
                elif isinstance(value, auto):
                    if value.value is _auto_null:
                        value.value = generate(name, 1, len(last_values), last_values[:])
                    value = value.value
                else:
                    resolved = []
                    for v in value:
                        if isinstance(v, auto):
                            if v.value is _auto_null:
                                v.value = generate(name, 1, len(last_values), last_values[:])
                            v = v.value
                        resolved.append(v)
                    value = tuple(resolved)
                member_values[i] = value
            last_values.append(value)

        if boundary is None:
            boundary = getattr(first_enum, '_boundary_', None) if first_enum else None
        type.__setattr__(enum_class, '_boundary_', boundary)
        if Enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
            # The data type comes before Enum in the MRO (IntEnum: int); keep
            # Enum's repr and friends unless a Python class chose its own.
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                for klass in enum_class.__mro__[1:]:
                    if klass.__module__ != 'builtins' and name in klass.__dict__:
                        type.__setattr__(enum_class, name, klass.__dict__[name])
                        break

        if new_member is None:
            new_member = _find_new_member(enum_class, bases, member_type)
        flag_mask = 0
        all_bits = 0
        for name, value in zip(member_names, member_values):
            _add_member(enum_class, name, value, member_type, new_member)
        if Flag is not None and issubclass(enum_class, Flag):
            for m in enum_class._member_map_.values():
                v = m._value_
                if isinstance(v, int):
                    flag_mask |= v
            type.__setattr__(enum_class, '_flag_mask_', flag_mask)
            all_bits = 2 ** flag_mask.bit_length() - 1
            type.__setattr__(enum_class, '_all_bits_', all_bits)
            type.__setattr__(enum_class, '_singles_mask_', flag_mask)
            # Multi-bit members are aliases: iteration shows single bits only.
            names = [n for n in enum_class._member_names_
                     if _is_single_bit(enum_class._member_map_[n]._value_)]
            type.__setattr__(enum_class, '_member_names_', names)
        return enum_class

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend <enum %r>"
                                % (class_name, base.__name__))
        member_type = _find_data_type(class_name, bases)
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        classdict = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        elif isinstance(names, dict) or hasattr(names, 'items'):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType

_SUNDER_ALLOWED = frozenset({'_order_', '_generate_next_value_', '_missing_', '_ignore_',
                             '_numeric_repr_', '_iter_member_', '_iter_member_by_value_',
                             '_iter_member_by_def_', '_value_', '_name_'})


def _find_data_type(class_name, bases):
    """The built-in type the members are instances of (int for IntEnum), or object."""
    data_types = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    data_types.append(base._member_type_)
                    break
                continue
            if '__new__' in base.__dict__ or base in (int, str, float, tuple, bytes, complex):
                data_types.append(candidate or base)
                break
            candidate = candidate or base
    unique = []
    for t in data_types:
        if t not in unique:
            unique.append(t)
    if len(unique) > 1:
        raise TypeError('too many data types for %r: %r' % (class_name, unique))
    if unique:
        return unique[0]
    return object


def _find_new_member(enum_class, bases, member_type):
    """The __new__ that makes a member: a mixin's own __new__, or the data type's."""
    for base in enum_class.__mro__[1:]:
        if base.__dict__.get('_new_member_') is not None:
            return getattr(base, '_new_member_')
    if member_type is object:
        return None
    return member_type.__new__


def _add_member(enum_class, name, value, member_type, new_member):
    if isinstance(value, tuple) and value and not isinstance(value, Enum):
        args = value
    else:
        args = (value,)
    if member_type is tuple:
        args = (args,)
    if new_member is None:
        enum_member = object.__new__(enum_class)
        if not hasattr(enum_member, '_value_'):
            enum_member._value_ = value
    else:
        enum_member = new_member(enum_class, *args)
        if not hasattr(enum_member, '_value_'):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception:
                    enum_member._value_ = value
    value = enum_member._value_
    enum_member._name_ = name
    enum_member.__objclass__ = enum_class
    enum_member._sort_order_ = len(enum_class._member_names_)
    init = None
    for cls in enum_class.__mro__:
        if cls.__module__ != 'builtins' and '__init__' in cls.__dict__:
            init = cls.__dict__['__init__']
            break
    if init is not None and init is not Enum.__dict__['__init__']:
        init(enum_member, *args)

    # An alias: a later name whose value some member already has.
    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        pass
    if canonical is None:
        for existing in enum_class._member_map_.values():
            if existing._value_ == value:
                canonical = existing
                break
    if canonical is not None:
        enum_member = canonical
    else:
        enum_class._member_names_.append(name)
    type.__setattr__(enum_class, name, enum_member)
    enum_class._member_map_[name] = enum_member
    try:
        enum_class._value2member_map_.setdefault(value, enum_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


# ---------------------------------------------------------------- Enum

Enum = None
Flag = None


class Enum(metaclass=EnumType):
    """Base class of enumerations: each name the class body assigns becomes a member
    (class Color(Enum): RED = 1 ...)."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag):
            if cls._boundary_ is EJECT and isinstance(result, int):
                return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        for cls in type(self).__mro__:
            for name in cls.__dict__:
                if name[0] != '_' and name not in self._member_map_ and name not in names:
                    names.append(name)
        names.extend(k for k in getattr(self, '__dict__', {}) if k[0] != '_')
        return sorted(set(names))

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        if self._member_type_ is object:
            return hash(self._name_)
        return hash(self._value_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name, as the class body spelt it."""
        return self._name_

    @name.setter
    def name(self, value):
        raise AttributeError("<enum %r> cannot set attribute 'name'" % ('Enum',))

    @property
    def value(self):
        """The value the member was given."""
        return self._value_

    @value.setter
    def value(self, value):
        raise AttributeError("<enum %r> cannot set attribute 'value'" % ('Enum',))


type.__setattr__(Enum, '_value_repr_', None)


class ReprEnum(Enum):
    """An Enum whose members keep their data type's str() and format(); only repr() is the
    Enum's."""


type.__setattr__(ReprEnum, '_value_repr_', None)


class IntEnum(int, ReprEnum):
    """Enum whose members are ints and can be used wherever an int can."""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


type.__setattr__(IntEnum, '_value_repr_', repr)


class StrEnum(str, ReprEnum):
    """Enum whose members are strs and can be used wherever a str can."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


type.__setattr__(StrEnum, '_value_repr_', None)


class FlagBoundary(StrEnum):
    """What a Flag does with values outside its members."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


class EnumCheck(StrEnum):
    """The checks verify() can make."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


# ---------------------------------------------------------------- Flag

class Flag(Enum, boundary=STRICT):
    """Enum of bit values: members combine with |, & and ^, and ~ inverts."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits_of(value & cls._flag_mask_):
            member = cls._value2member_map_.get(bit)
            if member is not None:
                yield member

    @classmethod
    def _iter_member_(cls, value):
        members = [m for m in cls._iter_member_by_value_(value)]
        members.sort(key=lambda m: m._sort_order_)
        return iter(members)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (not ~all_bits <= value <= all_bits
                or value & (all_bits ^ flag_mask)):
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(
                    "%r invalid value %r\n    given %s\n  allowed %s" % (
                        cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = (max(all_bits + 1, 2 ** (value.bit_length()))
                             + value)
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value:
            combined = [m._name_ for m in cls._iter_member_(member_value)]
            if unknown:
                combined.append(cls._numeric_repr_(unknown))
            pseudo_member._name_ = '|'.join(combined)
        else:
            pseudo_member._name_ = None
        pseudo_member._sort_order_ = -1
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_ & self._flag_mask_).count('1') if self._value_ >= 0 else 0

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ is KEEP and self._member_type_ is not object:
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


type.__setattr__(Flag, '_value_repr_', None)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints too (and mix with ints in bitwise operations)."""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __repr__ = Flag.__repr__


type.__setattr__(IntFlag, '_value_repr_', repr)


# ---------------------------------------------------------------- decorators

def unique(enumeration):
    """Class decorator: no two member names may share a value."""
    duplicates = []
    for name, member in enumeration._member_map_.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration


class verify:
    """Class decorator that checks UNIQUE (and CONTINUOUS for int values)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = sorted(set(m.value for m in enumeration))
                if values:
                    missing = [i for i in range(values[0], values[-1] + 1) if i not in values]
                    if missing:
                        raise ValueError('invalid enum %r: missing values %s' % (
                            enumeration.__name__, ', '.join(str(m) for m in missing)))
        return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    return '|'.join('%s.%s' % (module, name) for name in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    if issubclass(cls, Flag):
        type.__setattr__(cls, '__repr__', global_flag_repr)
    else:
        type.__setattr__(cls, '__repr__', global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, '__str__', global_str)
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        for name, member in cls._member_map_.items():
            setattr(module, name, member)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
