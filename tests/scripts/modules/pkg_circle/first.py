from . import second
A = 'first'
def use():
    return second.B + '+' + A
