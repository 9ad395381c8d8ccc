"""partial for callbacks and sorting keys; reduce-based pipelines; partial of classes."""
from functools import partial, reduce
from typing import Callable, List


class Button:
    def __init__(self, label: str) -> None:
        self.label = label
        self.handlers: List[Callable[[], None]] = []

    def on_click(self, handler: Callable[[], None]) -> None:
        self.handlers.append(handler)

    def click(self) -> None:
        for h in self.handlers:
            h()


def log_click(button_name: str, times: int = 1) -> None:
    print(f'{button_name} clicked' + (f' x{times}' if times > 1 else ''))


ok = Button('OK')
ok.on_click(partial(log_click, 'OK'))
ok.on_click(partial(log_click, 'OK', times=2))
ok.click()


def distance(p, q):
    return ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5


points = [(1, 2), (3, 4), (-1, -1), (0, 5)]
origin_dist = partial(distance, (0, 0))
print(sorted(points, key=origin_dist))
print([round(d, 3) for d in map(origin_dist, points)])


def pipeline(*funcs):
    return lambda x: reduce(lambda acc, f: f(acc), funcs, x)


clean = pipeline(str.strip, str.lower, partial(str.replace, old=' ', new='_') if False else (lambda s: s.replace(' ', '_')))
print(clean('  Hello World Again  '))
Point = partial(dict, x=0, y=0)
print(Point(), Point(x=5))
int_from_hex = partial(int, base=16)
print([int_from_hex(h) for h in ('ff', '10', 'DEAD')])
print(partial(max, default=None)([]), partial(sorted, reverse=True)([3, 1, 2]))
