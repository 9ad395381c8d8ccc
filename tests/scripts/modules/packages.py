# Packages: import a.b binds a, import a.b as c binds the submodule,
# from a.b import c (a name or a submodule), relative imports inside.
import sys
here = sys.path[0]

def show_path(p):
    return p.replace(here, '<here>')

import pkg_demo.sub
print(pkg_demo.__name__, pkg_demo.sub.__name__)
print('sub is an attribute of pkg_demo:', pkg_demo.sub is sys.modules['pkg_demo.sub'])
print('__package__:', pkg_demo.__package__, pkg_demo.sub.__package__, pkg_demo.helper.__package__)
print('__file__:', show_path(pkg_demo.__file__), show_path(pkg_demo.helper.__file__))
print('__path__:', [show_path(p) for p in pkg_demo.__path__], [show_path(p) for p in pkg_demo.sub.__path__])
print('helper has __path__:', hasattr(pkg_demo.helper, '__path__'))
print('module __package__ of main:', __package__, __name__)

import pkg_demo.sub.leaf as lf
print('as binds the submodule:', lf.__name__, lf is pkg_demo.sub.leaf)
import pkg_demo.helper as hp
print(hp.twice(4), hp is pkg_demo.helper)

from pkg_demo.sub import leaf, NAME
print('from a.b import:', leaf.NAME, NAME)
from pkg_demo import helper, VALUE, twice
print(helper.twice(5), VALUE, twice(6))

print('lazy imported yet?', 'pkg_demo.lazy' in sys.modules, hasattr(pkg_demo, 'lazy'))
from pkg_demo import lazy
print('from package import submodule:', lazy.LAZY, pkg_demo.lazy is lazy)
print('relative from a function:', leaf.relative_lazy())

try:
    leaf.beyond()
except ImportError as e:
    print(type(e).__name__ + ':', e)

import pkg_circle
print('circular package:', pkg_circle.first.use(), pkg_circle.second.peek())

import importlib
m = importlib.import_module('pkg_demo.sub.leaf')
print('import_module:', m is lf, importlib.import_module('.helper', 'pkg_demo') is helper)
print('__import__ without fromlist:', __import__('pkg_demo.sub').__name__)
print('__import__ with fromlist:', __import__('pkg_demo.sub', fromlist=['leaf']).__name__)
print('__import__ relative:', __import__('helper', {'__package__': 'pkg_demo'}, None, ['twice'], 1).__name__)
print('importlib is a package:', hasattr(importlib, '__path__'), importlib.__name__)
