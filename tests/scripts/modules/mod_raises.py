print('mod_raises starting')
def fail():
    raise ValueError('raised inside module function')
