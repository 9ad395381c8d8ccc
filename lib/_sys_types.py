"""Types `sys` hands out, as CPython has them: the struct sequences of
`sys.version_info`, `sys.flags`, `sys.float_info`, `sys.int_info` and
`sys.hash_info` (tuples whose items also have names) and the namespace of
`sys.implementation` (CPython's types.SimpleNamespace).

src/modules/sys.rs imports this (as `_sys_types`) once, when `sys` is first imported, and takes
the classes from it. They are written in Python because both need a
`__repr__` and attributes, which Python classes get for free.
"""

# A class takes its __module__ from __name__ when it is made: these say
# `<class 'sys.version_info'>` and `<class 'types.SimpleNamespace'>`.
__name__ = "sys"


class version_info(tuple):
    """sys.version_info(major, minor, micro, releaselevel, serial)."""

    n_fields = 5
    n_sequence_fields = 5
    n_unnamed_fields = 0
    __match_args__ = ("major", "minor", "micro", "releaselevel", "serial")

    def __new__(cls, sequence):
        values = tuple(sequence)
        if len(values) != 5:
            raise TypeError("sys.version_info() takes a 5-sequence (%d-sequence given)" % len(values))
        return tuple.__new__(cls, values)

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        fields = ", ".join("%s=%r" % pair for pair in zip(self.__match_args__, self))
        return "sys.version_info(%s)" % fields


def _struct_sequence(name, fields):
    """A tuple subclass `sys.<name>` whose items are also the named fields."""

    def __new__(cls, sequence):
        values = tuple(sequence)
        if len(values) != len(fields):
            raise TypeError("sys.%s() takes a %d-sequence (%d-sequence given)" % (name, len(fields), len(values)))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "sys.%s(%s)" % (name, ", ".join("%s=%r" % pair for pair in zip(fields, self)))

    def field(i):
        return property(lambda self: self[i])

    namespace = {
        "__new__": __new__,
        "__repr__": __repr__,
        "n_fields": len(fields),
        "n_sequence_fields": len(fields),
        "n_unnamed_fields": 0,
        "__match_args__": tuple(fields),
        "__module__": "sys",
    }
    for i, f in enumerate(fields):
        namespace[f] = field(i)
    return type(name, (tuple,), namespace)


flags = _struct_sequence("flags", (
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
    "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
    "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"))
float_info = _struct_sequence("float_info", (
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
    "radix", "rounds"))
int_info = _struct_sequence("int_info", (
    "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"))
hash_info = _struct_sequence("hash_info", (
    "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"))


__name__ = "_frozen_importlib"


class ModuleSpec:
    """What the import system knows of a module (`module.__spec__`)."""

    def __init__(self, name, loader, *, origin=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.submodule_search_locations = [] if is_package else None
        self.loader_state = None
        self.cached = None
        self.has_location = origin is not None and origin not in ("built-in", "frozen")

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    def __repr__(self):
        args = ["name=%r" % (self.name,), "loader=%r" % (self.loader,)]
        if self.origin is not None:
            args.append("origin=%r" % (self.origin,))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations=%r" % (self.submodule_search_locations,))
        return "ModuleSpec(%s)" % ", ".join(args)

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name, self.origin, self.submodule_search_locations) == (other.name, other.origin, other.submodule_search_locations)


__name__ = "types"


class SimpleNamespace:
    """Attributes set from keyword arguments; the repr lists them in order."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = ", ".join("%s=%r" % pair for pair in self.__dict__.items())
        return "%s(%s)" % (name, items)

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
