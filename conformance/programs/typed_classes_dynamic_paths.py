# Instances of statically typed classes reached from dynamic code: methods called through the
# class object and through untyped receivers, dunders called by the runtime, __init__ run
# again explicitly, a subclass using inherited methods, fields stored with new types.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scale(self, k):
        self.x = self.x * k
        self.y = self.y * k
        return self

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __lt__(self, other):
        return self.norm2() < other.norm2()

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Vec3(Vec):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm2(self):
        return super().norm2() + self.z * self.z


vs = [Vec(3.0, 4.0), Vec(1.0, 1.0), Vec3(1.0, 2.0, 2.0)]
print(sorted(vs), max(vs), [v.norm2() for v in vs])
items = []
items.append(vs[0])
for thing in items + [Vec(0.5, 0.5)]:
    print(thing.scale(2), thing.norm2())
Vec.scale(vs[1], 10)
print(vs[1], Vec.norm2(vs[2]), Vec3.norm2(vs[2]))
v = vs[1]
v.__init__("a", "b")
print(v, v.x + v.y)
v.scale(2)
print(v)
w = Vec(1, 2)
w.scale(0.5)
print(w, w.norm2())
untyped = [1, "s", w][2]
untyped.x = "now a str"
print(w.x, w)
print(Vec.scale(Vec3(1, 1, 1), 3).z)
