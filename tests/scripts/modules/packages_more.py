# `from package import *` imports the submodules __all__ names; a None in
# sys.modules stops an import; a package's own name is in sys.modules first.
import sys
from pkg_star import *
print(ONE, alpha.ALPHA, 'pkg_star.alpha' in sys.modules)
sys.modules['blocked'] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(type(e).__name__ + ':', e, e.name)
import importlib
try:
    importlib.import_module('.x')
except TypeError as e:
    print('TypeError:', e)
try:
    importlib.import_module('importlib.nothing_here')
except ModuleNotFoundError as e:
    print(e)
