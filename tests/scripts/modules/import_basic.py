print('before import')
import mod_shapes
print('after import')
print(mod_shapes.PI, mod_shapes.area(2), mod_shapes.Square(3).area())
print(mod_shapes.__name__, type(mod_shapes).__name__)
import mod_shapes as shapes
print(shapes is mod_shapes)
from mod_shapes import area, Square as Sq, PI
print(area(1), Sq(4).area(), PI)
import mod_shapes
print('imported again without reloading')
print(mod_shapes.bump(), mod_shapes.bump(), shapes.counter)
from mod_shapes import counter
print(counter)
mod_shapes.bump()
print(counter, mod_shapes.counter)
mod_shapes.new_attr = 'set from main'
import mod_shapes as again
print(again.new_attr)
print(hasattr(mod_shapes, '_private'), hasattr(mod_shapes, 'missing'))
