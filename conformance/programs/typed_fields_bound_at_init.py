# Fields bound by __init__ before anything can see the instance, and fields that may be unbound
# when read: reads before the store, conditional stores, escapes of self, deletes, subclasses.
registry = []


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y * 2.0

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Early:
    def __init__(self, v):
        self.describe()          # reads fields before they are stored
        self.v = v
        self.w = v + 1.0

    def describe(self):
        try:
            print("v is", self.v)
        except AttributeError as e:
            print("AttributeError:", e)


class Maybe:
    def __init__(self, flag):
        if flag:
            self.value = 1.5
        self.always = 2.5

    def show(self):
        try:
            return self.value + self.always
        except AttributeError as e:
            return str(e)


class Escapes:
    def __init__(self, n):
        registry.append(self)    # self escapes before the store
        if n < 0:
            raise ValueError("negative")
        self.n = n * 1.0


class Deleted:
    def __init__(self):
        self.a = 1.0
        self.b = 2.0

    def drop(self):
        del self.a


class Base:
    def __init__(self, r):
        self.r = r * 1.0


class Derived(Base):
    def __init__(self, r, h):
        self.h = h * 1.0
        super().__init__(r)

    def volume(self):
        return 3.0 * self.r * self.r * self.h


class Ordered:
    def __init__(self, a):
        self.first = a
        self.second = self.first * 2.0   # reads self: later stores are not in the prefix
        self.third = 3.0


p = Point(3.0, 2.0)
print(p.x, p.y, p.norm2())
p.x += 1.0
print(p.x, p.norm2())

e = Early(4.0)
print(e.v, e.w)

m1, m2 = Maybe(True), Maybe(False)
print(m1.show())
print(m2.show())
m2.value = 10.0
print(m2.show())

try:
    Escapes(-1)
except ValueError as err:
    print("ValueError:", err)
half = registry[0]
try:
    print(half.n)
except AttributeError as err:
    print("AttributeError:", err)
ok = Escapes(5)
print(ok.n, len(registry))

d = Deleted()
print(d.a + d.b)
d.drop()
try:
    print(d.a)
except AttributeError as err:
    print("AttributeError:", err)
d.a = 7.0
print(d.a + d.b)

v = Derived(2.0, 5.0)
print(v.r, v.h, round(v.volume(), 6))

o = Ordered(1.25)
print(o.first, o.second, o.third)
total = 0.0
for i in range(1000):
    q = Point(i * 0.5, i * 0.25)
    total += q.norm2() ** 0.5
print(round(total, 6))
