# A class's repr reads its current __module__, which code may reassign
# (collections.namedtuple sets it to the caller's module).
from collections import namedtuple

class Plain:
    pass

print(Plain)
Plain.__module__ = "elsewhere"
print(Plain, Plain.__module__)
Point = namedtuple("Point", "x y")
print(Point, Point.__module__)
print(Point(1, 2))
