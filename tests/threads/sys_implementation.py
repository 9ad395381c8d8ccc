# sys.implementation (PEP 421) and sys.version_info have CPython's shape;
# the values differ between implementations, so this prints what must hold
# for any of them (tests/implementation.rs checks gilpy's own values).
import sys

impl = sys.implementation
print(type(impl))
print(sorted(name for name in vars(impl) if not name.startswith("_")))
print(isinstance(impl.name, str) and impl.name == impl.name.lower())
print(impl.cache_tag is None or isinstance(impl.cache_tag, str))

v = impl.version
print(type(v) is type(sys.version_info), type(v))
print(len(v), v.major == v[0], v.minor == v[1], v.micro == v[2], v.releaselevel == v[3], v.serial == v[4])
levels = {"alpha": 0xA, "beta": 0xB, "candidate": 0xC, "final": 0xF}
print(impl.hexversion == v.major << 24 | v.minor << 16 | v.micro << 8 | levels[v.releaselevel] << 4 | v.serial)
print(repr(v) == "sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)" % tuple(v))
print(repr(impl).startswith("namespace(name=%r, cache_tag=%r, version=%r, hexversion=%r" % (impl.name, impl.cache_tag, v, impl.hexversion)))

# Portable scripts branch on the name.
if sys.implementation.name == "cpython":
    kind = "reference interpreter"
else:
    kind = "another implementation"
print(kind in ("reference interpreter", "another implementation"))

# sys.version_info is the same kind of struct sequence.
info = sys.version_info
print(info[:2], info.major, info.minor, info >= (3, 8), info < (4,))
major, minor, micro, level, serial = info
print(major, minor, level)
print(sys.hexversion >> 16 == info.major << 8 | info.minor)
print(info.__match_args__, info.n_fields)
try:
    info.major = 4
except AttributeError:
    print("major is read-only")
