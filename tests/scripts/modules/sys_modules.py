# sys.modules is a real dict: a module runs once, an entry put there is
# what import gives, a module is in it while its body runs; sys.path is a
# list that imports search in order, the script's directory first.
import sys
print(type(sys.modules).__name__, type(sys.path).__name__)
print('sys in sys.modules:', sys.modules['sys'] is sys, '__main__' in sys.modules)
print('script dir first:', sys.path[0] == __file__.rsplit('/', 1)[0])
print('__file__ is absolute:', __file__.startswith('/'))

import mod_counter
import mod_counter
print('runs once:', mod_counter.RUNS)
print('in sys.modules during its body:', mod_counter.SEEN_SELF)
del sys.modules['mod_counter']
import mod_counter as again
print('re-imported after del:', again is not mod_counter, again.SEEN_SELF)

class Fake:
    answer = 42
sys.modules['fake_module'] = Fake()
import fake_module
print('sys.modules entry wins:', fake_module.answer)
from fake_module import answer
print('from it:', answer)
sys.modules['mod_replaced'] = 'not imported'
import mod_replaced
print(mod_replaced)

import mod_self_replace
print('a module that replaces itself:', mod_self_replace)

try:
    import mod_from_path
except ModuleNotFoundError as e:
    print('not on sys.path yet:', e)
sys.path.append(sys.path[0] + '/pathdir')
import mod_from_path
print(mod_from_path.WHERE, mod_from_path.__file__.endswith('/pathdir/mod_from_path.py'))
