import mod_chain_a
print(mod_chain_a.hello())
import mod_chain_b
print(mod_chain_b.value)
print(mod_chain_a.mod_chain_b is mod_chain_b)
from mod_chain_b import value as v
print(v)
import sys
print('mod_chain_a' in sys.modules, 'mod_never_imported' in sys.modules)
