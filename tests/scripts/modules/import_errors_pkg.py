# The words of CPython's import errors, for packages and modules.
import sys
here = sys.path[0]

def attempt(what):
    try:
        what()
    except ImportError as e:
        path = e.path.replace(here, '<here>') if isinstance(e.path, str) else e.path
        print(type(e).__name__ + ':', str(e).replace(here, '<here>'), '| name:', e.name, '| path:', path)

def a():
    import pkg_demo.missing
def b():
    import pkg_demo.helper.deeper
def c():
    from pkg_demo import missing
def d():
    from pkg_demo.helper import missing
def e():
    from sys import missing
def f():
    import mod_shapes.sub
def g():
    from . import sibling
def h():
    from .sibling import x
def i():
    import nowhere.at.all
def j():
    __import__('')
for fn in (a, b, c, d, e, f, g, h, i):
    attempt(fn)
try:
    j()
except ValueError as err:
    print('ValueError:', err)
print('pkg_demo.missing' in sys.modules, 'nowhere' in sys.modules)
