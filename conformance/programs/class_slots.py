# __slots__: allowed attributes, AttributeError messages, no __dict__, inheritance with and without slots.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
p.x = 10
print(p, p.x, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "y"), getattr(p, "y", "unset"))
p.y = 5
print(p)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)

class Single:
    __slots__ = "value"
s = Single()
try:
    s.value
except AttributeError as e:
    print("AttributeError:", e)
s.value = "ok"
print(s.value)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)

class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
q = Point3(1, 2, 3)
print(q, q.z)
try:
    q.w = 4
except AttributeError as e:
    print("AttributeError:", e)

class Loose(Point):
    pass
lo = Loose(0, 0)
lo.extra = "allowed"
print(lo, lo.extra, lo.__dict__)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)

class Counter:
    __slots__ = ["count"]
    step = 2
    def __init__(self):
        self.count = 0
    def bump(self):
        self.count += self.step
        return self
c = Counter().bump().bump()
print(c.count, Counter.step)
try:
    c.step = 5
except AttributeError as e:
    print("AttributeError:", e)

class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)
