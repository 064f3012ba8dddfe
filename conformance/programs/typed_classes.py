# Known classes: typed instances, direct method calls, fields at fixed offsets, and the
# dynamic cases that must keep CPython's behaviour (escapes, stores through objects, del).
class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make(d):
    if d == 0:
        return Node(None, None)
    return Node(make(d - 1), make(d - 1))


class Body:
    kind = "body"

    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self, dt):
        self.x += self.v * dt

    def __repr__(self):
        return f"Body({self.x}, {self.v})"

    def __eq__(self, other):
        return self.x == other.x


class Moving(Body):
    def step(self, dt):
        self.x -= dt


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n = self.n + k
        return self.n


b = Body(1.0, 0.5)
for i in range(3):
    b.step(0.1)
print(b.x, b, b.kind, b == Body(b.x, 0.0))
print(make(5).check())
m = Moving(2.0, 1.0)
m.step(0.5)
print(m.x, m, isinstance(m, Body))
del m.x
try:
    print(m.x)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del m.x
except AttributeError as e:
    print("AttributeError:", e)
m.x = 7
print(m.x)
objs = [b, "s"]
objs[0].x = "now a str"
print(b.x, getattr(b, "v"), b)
c = Counter()
print(c.bump(2), c.bump(3), c.n)
c.extra = [1, 2]
print(c.extra, c.bump(1))
cls = Counter
d = cls()
print(d.bump(10), type(d).__name__)
try:
    Node(1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(Counter().missing)
except AttributeError as e:
    print("AttributeError:", e)
