"""partial, partialmethod, and what their reprs/attributes look like."""
from functools import partial, partialmethod


def power(base: float, exponent: float) -> float:
    return base ** exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2))
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.func, basetwo.args, basetwo.keywords)
print(repr(partial(power, 2)))
print(list(map(partial(power, 2), range(5))))
p2 = partial(partial(print, 'a'), 'b', sep='-')
p2('c')
print(p2.args, p2.keywords)


class Cell:
    def __init__(self) -> None:
        self._alive = False

    @property
    def alive(self) -> bool:
        return self._alive

    def set_state(self, state: bool) -> None:
        self._alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
print(c.alive)
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
try:
    partial()
except TypeError as e:
    print('TypeError:', e)
try:
    partial(1)
except TypeError as e:
    print('TypeError:', e)
