"""2-D vectors with operator overloading and module-level counters."""
import math

print("loading", __name__)
created = 0


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        global created
        created += 1
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def cross(self, other):
        return self.x * other.y - self.y * other.x

    def norm(self):
        return math.hypot(self.x, self.y)

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"


ORIGIN = Vec(0, 0)


def centroid(points):
    sx = 0
    sy = 0
    for p in points:
        sx += p.x
        sy += p.y
    return Vec(sx / len(points), sy / len(points))
