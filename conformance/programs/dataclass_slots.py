"""@dataclass(slots=True) (and weakref_slot): the class gets __slots__ naming its fields,
instances have no __dict__ and refuse unknown attributes."""
from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class Particle:
    x: float
    y: float
    mass: float = 1.0
    history: list = field(default_factory=list)

    def step(self, dx, dy):
        self.history.append((self.x, self.y))
        self.x += dx
        self.y += dy
        return self

    @property
    def momentum(self):
        return self.mass * (self.x ** 2 + self.y ** 2) ** 0.5


@dataclass(slots=True, frozen=True)
class Key:
    a: int
    b: str = "k"


@dataclass(slots=True)
class Heavy(Particle):
    charge: int = 0


@dataclass(slots=True, weakref_slot=True)
class Node:
    value: int


class Plain:
    pass


@dataclass(slots=True)
class Mixed(Plain):
    v: int = 0


p = Particle(0.0, 0.0)
p.step(3.0, 4.0).step(1.0, 0.0)
print(p, p.momentum, Particle.__slots__, hasattr(p, "__dict__"), [f.name for f in fields(Particle)])
print(Particle.__name__, Particle.__qualname__, Particle.__doc__, Particle.__match_args__)
k = Key(1)
print(k, hash(k) == hash((1, "k")), {k: 1}[Key(1, "k")], Key.__slots__)
h = Heavy(1.0, 2.0, charge=-1)
print(h, Heavy.__slots__, isinstance(h, Particle), hasattr(h, "__dict__"))
n = Node(5)
print(n, Node.__slots__, n.__weakref__)
m = Mixed(2)
m.extra = "ok: a base without __slots__ gives a __dict__"
print(m, m.extra, Mixed.__slots__)


def attempt(label, f):
    try:
        print(label, "ok", f())
    except (TypeError, AttributeError) as err:
        print(label, type(err).__name__, err)


def set_unknown():
    p.velocity = 1


def set_frozen():
    k.a = 2


def set_heavy():
    h.spin = 1


def already():
    @dataclass(slots=True)
    class Bad:
        __slots__ = ("x",)
        x: int
    return Bad


def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class Bad:
        x: int
    return Bad


attempt("unknown attribute", set_unknown)
attempt("frozen", set_frozen)
attempt("subclass unknown", set_heavy)
attempt("already slotted", already)
attempt("weakref_slot alone", weakref_without_slots)
print(p.x, p.y, p.history)
