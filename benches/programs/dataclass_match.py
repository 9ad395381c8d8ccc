# bench: dataclasses (order=True, frozen) and structural pattern matching (`match`) over shapes and commands
# fails: gilpy has no `match` statement yet (README "Not yet")
import sys
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int


@dataclass
class Circle:
    centre: Point
    radius: int


@dataclass
class Rect:
    corner: Point
    width: int
    height: int
    tags: list = field(default_factory=list)


def area(shape):
    match shape:
        case Circle(radius=r):
            return 3 * r * r
        case Rect(width=w, height=h) if w == h:
            return w * w
        case Rect(width=w, height=h):
            return w * h
        case _:
            return 0


def command(cmd, pos):
    match cmd.split():
        case ["move", dx, dy]:
            return Point(pos.x + int(dx), pos.y + int(dy))
        case ["reset"]:
            return Point(0, 0)
        case ["jump", *rest]:
            return Point(pos.x + len(rest), pos.y)
        case _:
            return pos


def main(n):
    total = 0
    pos = Point(0, 0)
    cmds = ["move 1 2", "move -1 0", "jump a b c", "noop", "move 3 -4", "reset"]
    seen = set()
    for i in range(n):
        s = Circle(Point(i, i), i % 7) if i % 2 else Rect(Point(0, i), i % 5, (i * 3) % 5)
        total += area(s)
        pos = command(cmds[i % 6], pos)
        seen.add(pos)
    print("checksum:", total, pos, len(seen), min(seen), max(seen))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 150000)
