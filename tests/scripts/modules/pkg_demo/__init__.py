print('pkg_demo init:', __name__, __package__)
from . import helper
from .helper import twice
VALUE = 'pkg value'
