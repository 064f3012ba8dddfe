# A library of 2-D shapes with an abstract-ish base class, a subclass registry via
# __init_subclass__, point containment, scaling, bounding boxes, and a formatted report.
import math
from dataclasses import dataclass
from typing import Dict, Iterator, List, Tuple, Type


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def __add__(self, other: "Point") -> "Point":
        return Point(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Point") -> "Point":
        return Point(self.x - other.x, self.y - other.y)

    def dist(self, other: "Point") -> float:
        return math.hypot(self.x - other.x, self.y - other.y)


class ShapeError(ValueError):
    pass


class Shape:
    registry: Dict[str, Type["Shape"]] = {}
    sides = 0

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[cls.__name__.lower()] = cls

    def __init__(self, name: str, origin: Point = Point(0, 0)):
        self.name = name
        self.origin = origin

    def area(self) -> float:
        raise NotImplementedError(f"{type(self).__name__}.area")

    def perimeter(self) -> float:
        raise NotImplementedError(f"{type(self).__name__}.perimeter")

    def bbox(self) -> Tuple[Point, Point]:
        raise NotImplementedError

    def scaled(self, k: float) -> "Shape":
        raise NotImplementedError

    def __contains__(self, p: Point) -> bool:
        lo, hi = self.bbox()
        return lo.x <= p.x <= hi.x and lo.y <= p.y <= hi.y

    def __lt__(self, other: "Shape") -> bool:
        return self.area() < other.area()

    def __eq__(self, other):
        return type(self) is type(other) and math.isclose(self.area(), other.area())

    __hash__ = None

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def __format__(self, spec: str) -> str:
        if spec == "row":
            return (f"{self.name:<10}{type(self).__name__:<10}{self.sides:>5}"
                    f"{self.area():>12.3f}{self.perimeter():>12.3f}")
        return format(repr(self), spec)

    @staticmethod
    def create(kind: str, *args, **kwargs) -> "Shape":
        try:
            cls = Shape.registry[kind]
        except KeyError:
            raise ShapeError(f"unknown shape kind {kind!r}; known: {sorted(Shape.registry)}") from None
        return cls(*args, **kwargs)


class Circle(Shape):
    def __init__(self, name, r, origin=Point(0, 0)):
        if r <= 0:
            raise ShapeError(f"radius must be positive, got {r}")
        super().__init__(name, origin)
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def bbox(self):
        d = Point(self.r, self.r)
        return self.origin - d, self.origin + d

    def __contains__(self, p):
        return self.origin.dist(p) <= self.r

    def scaled(self, k):
        return Circle(f"{self.name}x{k}", self.r * k, self.origin)


class Rectangle(Shape):
    sides = 4

    def __init__(self, name, w, h, origin=Point(0, 0)):
        if w <= 0 or h <= 0:
            raise ShapeError(f"bad rectangle {w}x{h}")
        super().__init__(name, origin)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def bbox(self):
        return self.origin, self.origin + Point(self.w, self.h)

    def scaled(self, k):
        return type(self)(f"{self.name}x{k}", *(v * k for v in (self.w, self.h)), origin=self.origin)


class Square(Rectangle):
    def __init__(self, name, side, _h=None, origin=Point(0, 0)):
        super().__init__(name, side, side, origin)


class Polygon(Shape):
    def __init__(self, name, *pts: Tuple[float, float]):
        if len(pts) < 3:
            raise ShapeError(f"polygon needs 3+ points, got {len(pts)}")
        super().__init__(name, Point(*pts[0]))
        self.pts: List[Point] = [Point(x, y) for x, y in pts]
        self.sides = len(pts)

    def edges(self) -> Iterator[Tuple[Point, Point]]:
        for i, p in enumerate(self.pts):
            yield p, self.pts[(i + 1) % len(self.pts)]

    def area(self):
        return abs(sum(a.x * b.y - b.x * a.y for a, b in self.edges())) / 2

    def perimeter(self):
        return sum(a.dist(b) for a, b in self.edges())

    def bbox(self):
        xs = [p.x for p in self.pts]
        ys = [p.y for p in self.pts]
        return Point(min(xs), min(ys)), Point(max(xs), max(ys))

    def __contains__(self, p):
        inside = False
        for a, b in self.edges():
            if (a.y > p.y) != (b.y > p.y):
                x_cross = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y)
                if p.x < x_cross:
                    inside = not inside
        return inside

    def scaled(self, k):
        return Polygon(f"{self.name}x{k}", *((p.x * k, p.y * k) for p in self.pts))


class Triangle(Polygon):
    def __init__(self, name, a, b, c):
        super().__init__(name, a, b, c)

    def kind(self) -> str:
        s = sorted(round(x.dist(y), 9) for x, y in self.edges())
        match s:
            case [a, b, c] if a == b == c:
                return "equilateral"
            case [a, b, c] if math.isclose(a * a + b * b, c * c):
                return "right"
            case [a, b, c] if a == b or b == c:
                return "isosceles"
            case _:
                return "scalene"


print(sorted(Shape.registry), Shape.registry["square"].__mro__[1].__name__)
specs = [
    ("circle", "wheel", 1.5), ("rectangle", "door", 0.9, 2.1), ("square", "tile", 0.3),
    ("triangle", "ramp", (0, 0), (4, 0), (4, 3)), ("polygon", "lshape", (0, 0), (3, 0), (3, 1), (1, 1), (1, 3), (0, 3)),
    ("triangle", "wedge", (0, 0), (2, 0), (1, math.sqrt(3))), ("hexagon", "nut", 1), ("circle", "dot", 0),
    ("polygon", "line", (0, 0), (1, 1)), ("square", "board", 8),
]
shapes: List[Shape] = []
for kind, *args in specs:
    try:
        shapes.append(Shape.create(kind, *args))
    except ShapeError as e:
        print(f"skip {args[0]!r}: {e}")

print(f"{'name':<10}{'kind':<10}{'sides':>5}{'area':>12}{'perimeter':>12}")
for s in sorted(shapes):
    print(f"{s:row}")
print(f"[{shapes[0]:>20}] [{shapes[1]:<20}]")
total = sum(s.area() for s in shapes)
by_kind: Dict[str, List[str]] = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(s.name)
print(f"total area {total:,.2f}; by kind {by_kind}")
print("largest:", max(shapes), "smallest:", min(shapes, key=lambda s: s.perimeter()))
for t in (s for s in shapes if isinstance(s, Triangle)):
    print(f"{t.name}: {t.kind()}, bbox={t.bbox()}")
probes = [Point(0.5, 0.5), Point(2, 2), Point(3.5, 1), Point(-1, 0)]
for s in shapes:
    hits = "".join("#" if p in s else "." for p in probes)
    print(f"{s.name:>8} {hits}")
big = [s.scaled(2) for s in shapes]
for s, b in zip(shapes, big):
    print(f"{b!r:<22} ratio={b.area() / s.area():.1f} per-ratio={b.perimeter() / s.perimeter():.1f}")
print(Square("a", 2) == Rectangle("b", 2, 2), Square("a", 2) == Square("c", 2), Circle("a", 1) == Circle("b", 1.0))
try:
    hash(Circle("h", 1))
except TypeError as e:
    print("TypeError:", e)
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Point(1, 2).x = 5
except AttributeError as e:
    print(type(e).__name__, "on frozen point")
