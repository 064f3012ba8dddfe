# @dataclass: generated __init__, __repr__, __eq__, defaults, inheritance, __post_init__
from dataclasses import dataclass, field, fields
import dataclasses as dc


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(Point(5))
print(Point(y=3, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2))
print(Point.__annotations__)
print(Point.__match_args__)
print(Point.__hash__ is None)
p.x = 10
print(p.x, p)


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty())


@dataclass(repr=False, eq=False)
class Plain:
    a: int


pl = Plain(1)
print(pl.a, pl == Plain(1), hash(pl) == hash(pl))


class Base:
    def describe(self):
        return f"{type(self).__name__} with {len(fields(self))} fields"


@dataclass
class Point3(Point, Base):
    z: int = 0


p3 = Point3(1, 2, 3)
print(p3, p3.describe())
print([f.name for f in fields(Point3)])
print(dc.is_dataclass(p3), dc.is_dataclass(Point3), dc.is_dataclass(Base()))


@dataclass
class Temperature:
    celsius: float
    fahrenheit: float = field(init=False)

    def __post_init__(self):
        self.fahrenheit = self.celsius * 9 / 5 + 32


t = Temperature(100.0)
print(t)


@dataclass
class Custom:
    name: str

    def __repr__(self):
        return f"<Custom {self.name}>"


print(Custom("z"), Custom("a") == Custom("a"))


class Outer:
    @dataclass
    class Inner:
        v: int


print(Outer.Inner(3))

for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1,), {"w": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

try:

    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)

try:

    @dataclass
    class Tagged:
        tags: list = []
except ValueError as e:
    print("ValueError:", e)

match Point(0, 7):
    case Point(0, y):
        print("on the y axis at", y)
    case _:
        print("elsewhere")


@dataclass
class Tree:
    label: str
    children: list = field(default_factory=list)


root = Tree("root")
root.children.append(root)
print(root)
print(Tree.__doc__)
print(Point.__doc__, Point3.__doc__, Temperature.__doc__)


@dataclass
class Documented:
    """Has its own docstring."""

    v: int = 0


print(Documented.__doc__, Documented())
