# Classes: attributes, methods, __init__, class attributes, inheritance, super, repr/str.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

p = Point(3, 4)
print(p, p.norm2(), p.moved(dy=1), Point.dims, p.dims)
print(p == Point(3, 4), p != Point(0, 0), p == 5)
p.z = 9
print(p.z, hasattr(p, "z"), hasattr(p, "w"), getattr(p, "x"), getattr(p, "w", "default"))
setattr(p, "x", 10)
print(p, type(p).__name__, p.__class__.__name__)

class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area()}"
    def __str__(self):
        return f"<{self.name}>"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

shapes = [Shape("blob"), Rect(2, 3), Square(4)]
for s in shapes:
    print(s.describe(), str(s), isinstance(s, Rect), issubclass(type(s), Shape))
print([type(s).__name__ for s in shapes] if False else type(shapes[2]).__mro__ if False else Square.__name__)

class Empty:
    pass

e = Empty()
e.a = 1
print(e.a, isinstance(e, object), repr(Empty)[:22])

try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    p.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    None.x
except AttributeError as err:
    print("AttributeError:", err)
