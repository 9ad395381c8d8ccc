from . import first
B = 'second'
def peek():
    return first.A
