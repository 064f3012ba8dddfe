"""typing.NamedTuple classes: fields, defaults, methods, docstrings, the helper methods and
tuple behaviour of their instances."""
from typing import NamedTuple, List


class Point(NamedTuple):
    """A point in the plane."""
    x: int
    y: float = 0.0

    def norm1(self) -> float:
        return abs(self.x) + abs(self.y)

    def moved(self, dx: int) -> "Point":
        return self._replace(x=self.x + dx)

    @property
    def swapped(self):
        return (self.y, self.x)

    @classmethod
    def origin(cls):
        return cls(0)

    @staticmethod
    def describe():
        return "a point"

    scale = 10


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int
    tags: List[str] = []


p = Point(1)
q = Point(3, -2.5)
print(p, q, repr(q), str(q))
print(Point.__doc__, Point._fields, Point._field_defaults, Point.__match_args__)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__annotations__)
print(Point.__bases__, Point.__mro__, type(p).__name__)
print(p.x, p.y, q.norm1(), q.moved(4), q.swapped, Point.origin(), Point.describe(), p.scale)
print(p._asdict(), q._replace(y=1.5), Point._make([7, 8]), Point._make(range(2)))
print(q.__getnewargs__(), Point.__new__(Point, 5, 6))

# tuple behaviour
print(isinstance(p, tuple), isinstance(p, Point), len(q), q[0], q[-1], q[:1], q[::-1], list(q))
a, b = q
print(a, b, *q)
print(q == (3, -2.5), (3, -2.5) == q, q != (3, -2.5), p < q, q > p, max(p, q), sorted([q, p, Point(1, -1)]))
print(hash(q) == hash((3, -2.5)), {p: "p"}[(1, 0.0)], p in {(1, 0.0)}, 3 in q, q.index(-2.5), q.count(3))
print(q + (1,), type(q + (1,)).__name__, q * 2, type(q[:]).__name__, type(q * 1).__name__)
print("%s and %s" % q, "{} {}".format(*q), f"{q}")
print(bool(Point(0, 0.0)), tuple(x * 2 for x in q), dict(zip(Point._fields, q)))

e = Employee("ann", "eng", 100)
f = Employee("bob", "ops", 90, ["oncall"])
print(e, f, e.tags is Employee._field_defaults["tags"])
staff = sorted([f, e], key=lambda r: r.salary)
print([s.name for s in staff], sum(s.salary for s in staff))
by_dept = {}
for s in staff:
    by_dept.setdefault(s.dept, []).append(s.name)
print(by_dept)

match q:
    case Point(x=3, y=y):
        print("matched y", y)
match p:
    case Point(px, py):
        print("positional", px, py)
match q:
    case (first, second):
        print("sequence", first, second)


# errors, with CPython's messages
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except (TypeError, ValueError, AttributeError, IndexError) as err:
        print(label, type(err).__name__, err)


def set_x():
    p.x = 5


def set_z():
    p.z = 5


def del_x():
    del p.x


attempt("too many", lambda: Point(1, 2, 3))
attempt("missing", lambda: Point())
attempt("unexpected kw", lambda: Point(1, z=3))
attempt("twice", lambda: Point(1, x=2))
attempt("keywords", lambda: Point(y=2.0, x=1))
attempt("make length", lambda: Point._make([1, 2, 3]))
attempt("replace unknown", lambda: p._replace(z=1, w=2))
attempt("set field", set_x)
attempt("set other", set_z)
attempt("delete field", del_x)
attempt("item assignment", lambda: p.__setitem__(0, 1))
attempt("index", lambda: q[2])


def bad_order():
    class Bad(NamedTuple):
        a: int = 1
        b: int
    return Bad


def bad_orders():
    class Bad(NamedTuple):
        a: int = 1
        b: int = 2
        c: str
    return Bad


def overwrite():
    class Bad(NamedTuple):
        a: int

        def _asdict(self):
            return {}
    return Bad


def underscore():
    class Bad(NamedTuple):
        _a: int
    return Bad


class Base:
    pass


def other_base():
    class Bad(NamedTuple, Base):
        a: int
    return Bad


attempt("field order", bad_order)
attempt("field orders", bad_orders)
attempt("overwrite", overwrite)
attempt("underscore", underscore)
attempt("other base", other_base)
