# A class hierarchy with abstract-style methods, class attributes, classmethods, properties
# and polymorphic dispatch over a heterogeneous list.
class Shape:
    count = 0
    name = "shape"

    def __init__(self):
        Shape.count += 1
        self.id = Shape.count

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area")

    def perimeter(self):
        return 0.0

    @classmethod
    def kind(cls):
        return cls.name

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}(area={self.area():.2f})"

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    name = "rect"

    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    name = "square"

    def __init__(self, s):
        super().__init__(s, s)

    @property
    def side(self):
        return self.w


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        super().__init__()
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

    def perimeter(self):
        return 2 * 3.14159 * self.r


shapes = [Rect(2, 3), Square(2), Circle(1), Rect(1, 1)]
for s in sorted(shapes):
    print(f"{s.kind():<7} {s!r:<28} perimeter={s.perimeter():.2f}")
print(Square(5).side, Square.kind(), Shape.count, isinstance(Square(1), Rect))
print(max(shapes).id, min(shapes, key=lambda s: s.perimeter()).id)
totals = {}
for s in shapes:
    totals[s.kind()] = totals.get(s.kind(), 0) + s.area()
print({k: round(v, 2) for k, v in sorted(totals.items())})
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
