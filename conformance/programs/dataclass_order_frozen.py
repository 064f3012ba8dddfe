# @dataclass(order=True), frozen=True, unsafe_hash, and CPython's errors
from dataclasses import dataclass, FrozenInstanceError, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, "beta"), Version(1, 0), Version(1, 2, "rc")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1, 2, "x") == Version(1, 2, "y"))
print(max(vs), min(vs))
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1) <= "1.0"
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), hash(c) == hash((1.5, 2.5)))
print({c, Coord(1.5, 2.5), Coord(0.0, 0.0)} == {Coord(0.0, 0.0), c})
try:
    c.lat = 3.0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del c.lon
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.other = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(isinstance(FrozenInstanceError(), AttributeError))
d = {Coord(0.0, 1.0): "a"}
print(d[Coord(0.0, 1.0)])


@dataclass(unsafe_hash=True)
class Key:
    k: str
    n: int = 0


print(hash(Key("a", 1)) == hash(("a", 1)), Key("a") in {Key("a"): 1})


@dataclass(eq=False)
class Identity:
    v: int


i = Identity(1)
print(i == Identity(1), i == i, hash(i) == hash(i))

try:

    @dataclass(order=True, eq=False)
    class Broken:
        v: int
except ValueError as e:
    print("ValueError:", e)

try:

    @dataclass(order=True)
    class Ordered:
        v: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Base:
    a: int


try:

    @dataclass
    class Thawed(Base):
        b: int = 0
except TypeError as e:
    print("TypeError:", e)

c.lat = 9.0
