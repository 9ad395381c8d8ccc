# isinstance/issubclass against every collections.abc ABC, for built-in
# types, classes with the one-trick methods, and the collections types.
# Needs the metaclass to decide (ABCMeta.__instancecheck__).
import collections.abc as A
from collections import deque, OrderedDict, Counter, defaultdict, ChainMap, UserDict, UserList, UserString
class It:
    def __iter__(self): return iter([])
class Nx:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Cl:
    def __call__(self): pass
class Unh:
    __hash__ = None
def gen(): yield 1
objs = [[], (), "s", b"b", bytearray(), {}, set(), frozenset(), range(3), deque(), It(), Nx(), Cl(), Unh(), 1, 1.5, None, len, gen, gen(), iter([]), {}.keys(), {}.values(), {}.items(), OrderedDict(), Counter(), defaultdict(), ChainMap(), UserDict(), UserList(), UserString("x"), int, type, object()]
names = ["Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence"]
for o in objs:
    print(type(o).__name__, "".join("1" if isinstance(o, getattr(A, n)) else "0" for n in names))
for c in (list, dict, str, deque, int):
    print(c.__name__, "".join("1" if issubclass(c, getattr(A, n)) else "0" for n in names))
