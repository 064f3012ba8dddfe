# Function annotations are evaluated when the `def` runs (after decorators and defaults, in
# CPython's order) into __annotations__: a writable dict attribute of function objects
from typing import Callable, Dict, List, Optional, TypeVar

order = []


def note(label):
    order.append(label)
    return label


def deco(f):
    order.append("decorator applied")
    return f


def tagged(label):
    order.append(label)
    return deco


@tagged("decorator evaluated")
def everything(a: note("a"), /, b: note("b") = note("default b"), *c: note("c"),
               d: note("d") = note("kwdefault d"), **e: note("e")) -> note("return"):
    return a


print(order)
print(everything.__annotations__)
print(list(everything.__annotations__))


def plain(x: int, y: float = 1.5) -> str:
    return str(x + y)


def none_at_all(x, y=2):
    return x + y


print(plain.__annotations__, plain(1), plain(2, 0.25))
print(none_at_all.__annotations__, none_at_all(1))
print((lambda x, y=1: x + y).__annotations__)

T = TypeVar("T")


def generic(xs: List[T], key: Optional[Callable[[T], int]] = None) -> Dict[str, T]:
    return {}


print(generic.__annotations__)


class Vec:
    scale: float = 2.0

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def dot(self, other: "Vec") -> float:
        return self.x * other.x + self.y * other.y

    def _hidden(self, __p: int, *, __q: scale) -> None:
        pass

    @staticmethod
    def make(x: int) -> "Vec":
        return Vec(x, x)


print(Vec.__init__.__annotations__)
print(Vec.dot.__annotations__, Vec(1.0, 2.0).dot(Vec.make(3)))
print(Vec._hidden.__annotations__)
print(Vec.make.__annotations__)


def outer(kind):
    local_type = kind

    def inner(v: local_type) -> local_type:
        return v

    return inner


print(outer(int).__annotations__, outer(str).__annotations__)

try:
    def broken(x: UndefinedName) -> int:
        return x
except NameError as e:
    print("NameError:", e)

try:
    def broken_return(x) -> AlsoUndefined:
        return x
except NameError as e:
    print("NameError:", e)

# the annotations are evaluated each time the `def` runs
counter = []


def make():
    def f(x: note(len(counter))) -> None:
        pass
    counter.append(1)
    return f


print(make().__annotations__, make().__annotations__)

# writable: a dict, or None (then a new empty dict); anything else is a TypeError
plain.__annotations__ = {"changed": True}
print(plain.__annotations__)
plain.__annotations__ = None
print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)
try:
    plain.__annotations__ = [("x", int)]
except TypeError as e:
    print("TypeError:", e)
none_at_all.__annotations__["added"] = int
print(none_at_all.__annotations__, none_at_all.__dict__)
none_at_all.tag = "t"
del none_at_all.tag
try:
    del none_at_all.tag
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(n for n in dir(plain) if "ann" in n))


def used_as_value(x: int) -> int:
    return x + 1


table = {"f": used_as_value}
print(table["f"].__annotations__, table["f"](1), list(map(used_as_value, [1, 2])))
