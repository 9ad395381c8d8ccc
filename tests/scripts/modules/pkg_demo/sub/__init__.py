from .. import helper as h
from ..helper import twice
from . import leaf
from .leaf import NAME
print('sub init:', __name__, __package__, h.__name__, twice(21), NAME)
