from mod_shapes import *
print(PI, area(3), Square(2).area())
try:
    print(_private)
except NameError as e:
    print('NameError:', e)
import mod_raises
try:
    mod_raises.fail()
except ValueError as e:
    print('caught:', e)
