# dir(obj): instances and classes of user classes (instance dict + class namespaces along
# the MRO + object's attributes), slots, exceptions, builtin values and types.


class Plain:
    pass


class Point:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    @property
    def first(self):
        return self.x

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def unit(cls):
        return cls(1, 1)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class SlottedChild(Slotted):
    __slots__ = ("c",)


class SlottedWithDict:
    __slots__ = ("a", "__dict__")


class AppError(Exception):
    code = 3

    def __init__(self, msg, detail=None):
        super().__init__(msg)
        self.detail = detail


class Annotated:
    n: int = 0
    label: str


class Custom:
    def __init__(self):
        self.b = 1

    def __dir__(self):
        return ["zeta", "alpha", "beta"]


def user_names(obj):
    return [n for n in dir(obj) if not (n.startswith("__") and n.endswith("__"))]


print(dir(Plain()))
print(dir(Plain))
p = Point(3, 4)
print(dir(p))
print(user_names(p))
print(dir(Point) == sorted(set(dir(p)) - {"x", "y"}))
p.extra = [1]
print(user_names(p))
del p.extra
print("extra" in dir(p), "x" in dir(p), "norm2" in dir(Point), "x" in dir(Point))
q = Point3(1, 2, 3)
print(dir(q))
print(user_names(Point3))
print(dir(Slotted()))
print(dir(SlottedChild()))
print(dir(SlottedWithDict()))
e = AppError("bad", detail=7)
print(dir(e))
print(user_names(AppError))
print(dir(Annotated))
print(dir(Custom()))
print(dir(object()))
print(dir(object) == dir(object()))
print(len(dir(Plain())) - len(dir(object())))
print(sorted(set(dir(Plain())) - set(dir(object()))))
print(sorted(set(dir(e)) - set(dir(Exception()))))

# builtin values: each dir() is the type's attributes, sorted
print("__len__" in dir([]), "append" in dir([]), "__add__" in dir(3), "__bool__" in dir([]), "__hash__" in dir([]))
print(dir(3) == dir(int), dir(True) == dir(bool), dir("") == dir(str))
for v in [0, True, 1.5, "s", b"b", bytearray(b"x"), [], (), {}, set(), frozenset(), range(3), None, len, Plain.__init__]:
    print(type(v).__name__, len(dir(v)), [n for n in dir(v) if not n.startswith("_")])
print(dir(None))
print(dir(int))
print(dir(ValueError("x")) == dir(ValueError))
print([n for n in dir(KeyError()) if not n.startswith("__")])
print([n for n in dir(OSError()) if not n.startswith("__")])
print(dir([].__len__) == dir((3).__add__), dir(iter([])) == dir(iter((1,))))
print(dir(iter([])))
print(sorted(set(dir(dict)) - set(dir(object))))

# every name dir() lists for a user instance can be read back
for n in dir(q):
    if n.startswith("__") and n not in ("__dict__", "__weakref__", "__class__", "__doc__", "__module__", "__init__", "__repr__", "__eq__", "__ne__", "__hash__", "__str__", "__lt__", "__le__", "__gt__", "__ge__", "__format__", "__getattribute__", "__setattr__", "__delattr__", "__dir__"):
        continue
    try:
        getattr(q, n)
    except AttributeError as ex:
        print("missing", n, ex)
print(sorted(vars(q)), [n for n in dir(q) if n in vars(q)])


# dir() with user classes defined in functions, and classes passed around
def make(n):
    class Local:
        size = n

        def grow(self):
            self.size += 1

    return Local()


loc = make(2)
loc.grow()
print(user_names(loc), loc.size, type(loc).__name__)
objs = [Plain(), Point(1, 2), Slotted(), e]
print([len(user_names(o)) for o in objs])
try:
    dir(1, 2)
except TypeError as ex:
    print("TypeError", ex)
