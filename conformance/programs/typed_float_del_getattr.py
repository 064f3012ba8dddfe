# Float fields: del obj.attr then reads (AttributeError messages), re-setting, and
# getattr/setattr/hasattr dynamic access mixed with direct reads.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm2(self):
        return super().norm2() + self.z * self.z


p = Point(1.5, -2.25)
print(p.x, p.y, p.norm2())
del p.x
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.norm2()
except AttributeError as e:
    print("norm2 failed:", e)
print(hasattr(p, "x"), hasattr(p, "y"), getattr(p, "x", -1.0))
try:
    del p.x
except AttributeError as e:
    print("second del:", e)
p.x = 0.125
print(p.x, p.norm2())
setattr(p, "y", 4.0)
print(p.y, getattr(p, "y"), p.norm2())

names = ["x", "y"]
total = 0.0
for n in names:
    v = getattr(p, n)
    total += v
    print("field", n, v, v == p.x or v == p.y)
print("total", total)

for i in range(5):
    setattr(p, "x", getattr(p, "x") * 2.0 + 0.1)
    p.y = p.y / 3.0
    print(i, p.x, p.y, f"{p.norm2():.10g}")

q = Point3(1.0, 2.0, 3.0)
print(q.norm2(), q.z, getattr(q, "z"))
del q.z
try:
    q.norm2()
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(q, "z", "missing"), hasattr(q, "z"))
q.z = -0.5
print(q.norm2())
try:
    print(getattr(q, "w"))
except AttributeError as e:
    print("getattr w:", e)
try:
    del q.w
except AttributeError as e:
    print("del w:", e)
q.w = 9.75
print(q.w, q.x + q.w)
del q.w
print(hasattr(q, "w"))

pts = [Point(float(i), float(i) / 4.0) for i in range(4)]
del pts[2].y
for pt in pts:
    try:
        print(pt.x, pt.y, pt.norm2())
    except AttributeError as e:
        print(pt.x, "err", e)
pts[2].y = 100.0
print([pt.norm2() for pt in pts])
