# bench: a small ray tracer: vector class with operator methods, spheres and planes with polymorphic intersect, math.sqrt
import sys
import math


class V3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V3(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return V3(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Shape:
    def __init__(self, colour, reflect):
        self.colour = colour
        self.reflect = reflect


class Sphere(Shape):
    def __init__(self, centre, radius, colour, reflect=0.3):
        super().__init__(colour, reflect)
        self.centre = centre
        self.r2 = radius * radius

    def intersect(self, origin, direction):
        oc = origin - self.centre
        b = oc.dot(direction)
        c = oc.dot(oc) - self.r2
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.centre).norm()


class Plane(Shape):
    def __init__(self, point, normal, colour, reflect=0.1):
        super().__init__(colour, reflect)
        self.point = point
        self.n = normal.norm()

    def intersect(self, origin, direction):
        denom = self.n.dot(direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - origin).dot(self.n) / denom
        return t if t > 1e-6 else None

    def normal(self, p):
        return self.n


LIGHT = V3(5.0, 5.0, -10.0)


def trace(scene, origin, direction, depth):
    best_t = None
    best = None
    for shape in scene:
        t = shape.intersect(origin, direction)
        if t is not None and (best_t is None or t < best_t):
            best_t = t
            best = shape
    if best is None:
        return 0.1
    p = origin + direction.scale(best_t)
    n = best.normal(p)
    to_light = (LIGHT - p).norm()
    diffuse = max(0.0, n.dot(to_light))
    for shape in scene:
        if shape is not best and shape.intersect(p, to_light) is not None:
            diffuse *= 0.3
            break
    colour = best.colour * (0.2 + 0.8 * diffuse)
    if depth > 0 and best.reflect > 0:
        r = direction - n.scale(2 * direction.dot(n))
        colour = colour * (1 - best.reflect) + best.reflect * trace(scene, p, r, depth - 1)
    return colour


def main(size):
    scene = [Sphere(V3(0.0, 0.0, 3.0), 1.0, 0.9), Sphere(V3(1.5, 0.5, 4.0), 0.7, 0.6),
             Sphere(V3(-1.5, -0.3, 2.5), 0.5, 0.8, 0.5), Plane(V3(0.0, -1.0, 0.0), V3(0.0, 1.0, 0.0), 0.5)]
    eye = V3(0.0, 0.0, -1.0)
    total = 0.0
    rows = []
    for j in range(size):
        row = []
        for i in range(size):
            d = V3((i - size / 2) / size, (size / 2 - j) / size, 1.0).norm()
            c = trace(scene, eye, d, 2)
            total += c
            row.append(" .:-=+*#%@"[min(9, int(c * 10))])
        rows.append("".join(row))
    print("checksum: %.6f %s" % (total, rows[size // 2][: 40]))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 160)
