# Circular imports: the partly run module is in sys.modules, and
# `from m import x` of a name it has not defined yet says so.
import sys
here = sys.path[0]
import mod_circ_a
print(mod_circ_a.A, mod_circ_a.mod_circ_b.B, mod_circ_a.mod_circ_b.SAW)
try:
    import mod_circ_from
except ImportError as e:
    print(type(e).__name__ + ':', str(e).replace(here, '<here>'))
    print(e.name, e.path.replace(here, '<here>'))
print('mod_circ_from left sys.modules:', 'mod_circ_from' not in sys.modules)
