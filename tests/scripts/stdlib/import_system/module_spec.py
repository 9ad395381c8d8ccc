# __spec__ of modules (name, origin, parent, submodule_search_locations);
# __main__.__spec__ is None for a script; namespace packages.
import sys
import mod_plain
import regpkg
import nspkg
import nspkg.inner.mod_leaf
from nspkg.inner import mod_leaf as leaf

here = sys.path[0]


def rel(p):
    return p if p is None else p[len(here) + 1:] if p.startswith(here + '/') else p


print(__spec__, sys.modules['__main__'].__spec__)
s = mod_plain.__spec__
print(type(s).__name__, s.name, rel(s.origin), repr(s.parent), s.submodule_search_locations, s.has_location)
s = regpkg.__spec__
print(s.name, rel(s.origin), s.parent, [rel(p) for p in s.submodule_search_locations])
s = regpkg.sub.__spec__
print(s.name, rel(s.origin), s.parent, s.submodule_search_locations)
s = sys.__spec__
print(s.name, s.origin, repr(s.parent), s.submodule_search_locations)
s = threading_spec = __import__('threading').__spec__
print(s.name, s.parent == '', s.submodule_search_locations)
print(nspkg.__file__, [rel(p) for p in nspkg.__path__], nspkg.__package__, nspkg.__name__)
s = nspkg.__spec__
print(s.name, s.origin, s.parent, [rel(p) for p in s.submodule_search_locations])
print(nspkg.inner.__file__, [rel(p) for p in nspkg.inner.__path__], nspkg.inner.__spec__.parent)
print(leaf.VALUE, leaf is nspkg.inner.mod_leaf, rel(leaf.__file__), leaf.__package__, leaf.__spec__.parent)
print(sorted(k for k in sys.modules if k.startswith('nspkg')))
try:
    import nspkg.missing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
