# Duck typing across unrelated classes, with and without typing.Protocol.
from typing import Protocol, runtime_checkable, Iterable


@runtime_checkable
class Shape(Protocol):
    def area(self) -> float: ...


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r


class Label:
    def __init__(self, text):
        self.text = text


def total_area(shapes: Iterable[Shape]) -> float:
    return sum(s.area() for s in shapes)


things = [Square(2), Circle(1), Square(3)]
print(total_area(things), [isinstance(t, Shape) for t in things + [Label("x")]])
for t in things + [Label("x")]:
    area = getattr(t, "area", None)
    print(type(t).__name__, area() if area else "no area")
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
