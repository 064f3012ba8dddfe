"""Polygon measures built on geomods.vectors; registers itself in the package registry."""
from . import vectors
from .vectors import Vec, centroid
from geomods import register

print("loading", __name__, "after", vectors.__name__)
UNITS = "m"


class DegeneratePolygon(ValueError):
    pass


def area2(points):
    total = 0
    n = len(points)
    for i in range(n):
        total += points[i].cross(points[(i + 1) % n])
    return total


def area(points):
    if len(points) < 3:
        raise DegeneratePolygon(f"need 3 points, got {len(points)}")
    return abs(area2(points)) / 2


def perimeter(points):
    n = len(points)
    return sum((points[(i + 1) % n] - points[i]).norm() for i in range(n))


def is_convex(points):
    n = len(points)
    signs = set()
    for i in range(n):
        a = points[i]
        b = points[(i + 1) % n]
        c = points[(i + 2) % n]
        z = (b - a).cross(c - b)
        if z != 0:
            signs.add(z > 0)
    return len(signs) <= 1


def describe(points):
    return f"{len(points)}-gon area={area(points):.3f}{UNITS}^2 perim={perimeter(points):.3f}{UNITS} convex={is_convex(points)} c={centroid(points)}"


register("area", area)
register("perimeter", perimeter)
