import sys
NAME = 'leaf'
print('leaf body: parent has sub?', hasattr(sys.modules['pkg_demo'], 'sub'), 'in sys.modules:', 'pkg_demo.sub' in sys.modules)

def beyond():
    from ... import nothing

def relative_lazy():
    from ..lazy import LAZY
    return LAZY
