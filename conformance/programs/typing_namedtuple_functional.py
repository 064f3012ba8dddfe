"""typing.NamedTuple's functional form, subclasses of named tuple classes, Generic named
tuples, and named tuples as records in a small computation."""
from typing import NamedTuple, Generic, TypeVar, Optional

Color = NamedTuple("Color", [("r", int), ("g", int), ("b", int)])
Pair = NamedTuple("Pair", left=str, right=str)
Single = NamedTuple("Single", [("value", float)])
Empty = NamedTuple("Empty", [])

c = Color(255, 128, 0)
print(c, Color.__doc__, Color._fields, Color.__annotations__, Color.__module__)
print(Pair("a", "b"), Pair.__doc__, Single(2.5), Single.__doc__, Empty(), Empty._fields, len(Empty()))
print(c._replace(g=0), c._asdict(), Color._make(x * 2 for x in (1, 2, 3)))


def attempt(label, f):
    try:
        print(label, "ok", f())
    except (TypeError, ValueError) as err:
        print(label, type(err).__name__, err)


attempt("both", lambda: NamedTuple("X", [("a", int)], b=int))
attempt("keyword name", lambda: NamedTuple("X", [("class", int)]))
attempt("duplicate", lambda: NamedTuple("X", [("a", int), ("a", str)]))
attempt("bad identifier", lambda: NamedTuple("X", [("1a", int)]))
attempt("bad type name", lambda: NamedTuple("my type", [("a", int)]))
attempt("short pair", lambda: NamedTuple("X", [("a",)]))


class Point3(NamedTuple):
    x: float
    y: float
    z: float = 0.0

    def __add__(self, other):
        return Point3(self.x + other.x, self.y + other.y, self.z + other.z)

    def __str__(self):
        return f"<{self.x}, {self.y}, {self.z}>"


class Labeled(Point3):
    def label(self):
        return "P" + repr(self[:])


u = Point3(1.0, 2.0)
v = Point3(0.5, 0.5, 0.5)
print(u + v, str(u + v), repr(u + v), [str(p) for p in (u, v)])
w = Labeled(1.0, 1.0)
print(w, w.label(), type(w).__name__, isinstance(w, Point3), isinstance(w, tuple), Labeled._fields)
print(Labeled.__mro__)
print(w == (1.0, 1.0, 0.0), w + u, type(w + u).__name__, w._replace(z=3.0), type(w._replace(z=3.0)).__name__)
w.note = "extra attribute"
print(w.note, w.__dict__)

T = TypeVar("T")


class Boxed(NamedTuple, Generic[T]):
    item: T
    count: int = 1


b = Boxed("x")
print(b, Boxed[int], Boxed.__mro__, b.count)


class Edge(NamedTuple):
    src: str
    dst: str
    weight: int


class Route(NamedTuple):
    stops: tuple
    cost: int
    via: Optional[str] = None


edges = [Edge("a", "b", 4), Edge("a", "c", 1), Edge("c", "b", 2), Edge("b", "d", 5), Edge("c", "d", 8)]


def cheapest(start, goal):
    best = {start: Route((start,), 0)}
    frontier = [start]
    while frontier:
        frontier.sort(key=lambda n: best[n].cost, reverse=True)
        node = frontier.pop()
        for e in edges:
            if e.src != node:
                continue
            cand = Route(best[node].stops + (e.dst,), best[node].cost + e.weight, node)
            if e.dst not in best or cand.cost < best[e.dst].cost:
                best[e.dst] = cand
                frontier.append(e.dst)
    return best[goal]


r = cheapest("a", "d")
print(r, r.stops, r.cost, r.via, "->".join(r.stops))
print(sorted(edges, key=lambda e: (e.weight, e.src)))
print(max(edges, key=lambda e: e.weight).dst, [e._asdict()["weight"] for e in edges])
totals = {}
for src, dst, weight in edges:
    totals[src] = totals.get(src, 0) + weight
print(totals)
