# Parameter annotations are inference hints only: a function reached through its function
# object runs a typed instance when the arguments have exactly the annotated types, and its
# dynamic body otherwise, so a wrong annotation changes nothing (CPython does not enforce them)
from typing import Optional, Union


def double(x: int) -> int:
    return x * 2


def halve(x: float) -> float:
    return x / 2


def shout(s: str, times: int = 2) -> str:
    return (s + "!") * times


calls = {"double": double, "halve": halve, "shout": shout}
for arg in [3, 2 ** 70, -7, 2.5, "ab", True, False, None, [1, 2], (1,)]:
    for name in ["double", "halve", "shout"]:
        try:
            print(name, repr(arg), "->", repr(calls[name](arg)))
        except TypeError as e:
            print(name, repr(arg), "raised TypeError:", e)
print(shout("x", times=3), shout(s="y"), list(map(double, [1, 1.5, "z"])))


class Base:
    def __init__(self, v):
        self.v = v

    def value(self):
        return self.v


class Derived(Base):
    def value(self):
        return -self.v


def read(obj: Base, scale: float) -> float:
    return obj.value() * scale


readers = [read]
for obj in [Base(2), Derived(3), Base(1.5)]:
    for scale in [2.0, 3, True]:
        print(type(obj).__name__, scale, readers[0](obj, scale))


# a wrong annotation: the body is right for the arguments actually passed
def concat(a: int, b: int) -> int:
    return a + b


ops = [concat]
print(ops[0]("con", "cat"), ops[0]([1], [2]), ops[0](1.5, 2), ops[0](2, 3), ops[0](True, True))


# optional hints: None takes the dynamic path
def maybe(x: Optional[float] = None, y: "float | None" = None, z: Union[None, int] = None) -> str:
    return f"{x!r} {y!r} {z!r}"


fs = [maybe]
print(fs[0](), fs[0](1.5, 2.5, 3), fs[0](None, 1, None), fs[0](z=4))


# nested, decorated functions and methods of classes inference does not type
def logged(f):
    def wrapper(*args, **kwargs):
        result = f(*args, **kwargs)
        print("  called", f.__name__, "->", result)
        return result
    return wrapper


@logged
def poly(x: float, n: int) -> float:
    acc = 0.0
    for i in range(n):
        acc = acc * x + i
    return acc


poly(0.5, 5)
poly(2, 3)
poly("no", 0)


def make_counter(step: int):
    total = 0

    def bump(by: int = 1, *, times: int = 1) -> int:
        nonlocal total
        for _ in range(times):
            total += by * step
        return total

    return bump


bump = make_counter(3)
print(bump(), bump(2), bump(by=1.5), bump(times=2), bump("x" == "x"))


def registered(cls):
    return cls


@registered
class Accumulator:
    def __init__(self):
        self.items = []

    def add(self, x: float, weight: float = 1.0) -> float:
        self.items.append(x * weight)
        return sum(self.items)


acc = Accumulator()
print(acc.add(1.5), acc.add(2, 0.5), acc.add(True), acc.add(0.25, weight=4.0))


# a builtin's name rebound at module level: the annotation is not the builtin
def rebound(x: bytes) -> object:
    return x


bytes = str
print([rebound][0]("s"), [rebound][0](b"b"))


# errors raised inside the typed instance are CPython's
def divide(a: float, b: float) -> float:
    return a / b


def modulo(a: int, b: int) -> int:
    return a % b


for f, args in [(divide, (1.0, 0.0)), (modulo, (5, 0)), (divide, (1, 0)), (modulo, (5.5, 0.0))]:
    try:
        print(f(*args))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)


# recursion through the function object
def fact(n: int) -> int:
    return 1 if n <= 1 else n * table["fact"](n - 1)


table = {"fact": fact}
print(table["fact"](25), table["fact"](5.0))


# an annotated parameter rebound to another type in the body
def describe(n: int) -> str:
    n = str(n) + " items"
    return n


print([describe][0](3), [describe][0](2.5))
print(sorted([3, -1, 2], key=double), sorted(["bb", "a"], key=len), max([1.5, -3.0], key=halve))
