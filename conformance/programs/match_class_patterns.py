# Class patterns: isinstance checks, positional sub-patterns through __match_args__
# (inherited and overridden), keyword sub-patterns, missing attributes (no match), builtin
# classes matching the subject itself (int(x), str(), ...), and CPython's TypeErrors.

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Labelled(Point):
    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label


class Plain:
    def __init__(self):
        self.value = 1

    @property
    def computed(self):
        return self.value * 100


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z) if z > 0:
            return f"above ({x}, {y}) by {z}"
        case Labelled(0, 0, label=name):
            return f"origin labelled {name}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(label=text):
            return f"labelled {text}"
        case Point():
            return "somewhere"
        case Plain(computed=100, value=v):
            return f"plain with property, value {v}"
        case Plain(missing=_):
            return "never: no such attribute"
        case Plain():
            return "plain"
        case _:
            return "not a point"


for p in [Point3(0, 0, 0), Point3(1, 2, 3), Point3(1, 2, -3), Labelled(0, 0, "home"), Point(0, 0), Point(0, 5), Point(7, 0), Point(4, 4),
          Labelled(1, 2, "elsewhere"), Point(1, 2), Plain(), "point"]:
    print(where(p))


def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n):
            return f"int {n}"
        case float(f) if f != f:
            return "nan"
        case float(f):
            return f"float {f}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s}"
        case list([]) | tuple(()):
            return "empty sequence"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": v}):
            return f"dict k={v}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case object():
            return "some object"


for v in [True, 0, 12, float("nan"), 2.5, "", b"", "hi", [], (), [3, 4], (1, 2, 3), {"k": "v"}, {1, 2}, frozenset(), None]:
    print(repr(v), "->", builtin(v))


class Pair:
    __match_args__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def tree_sum(node):
    match node:
        case Pair(Pair() as l, Pair() as r):
            return tree_sum(l) + tree_sum(r)
        case Pair(Pair() as l, int(v)) | Pair(int(v), Pair() as l):
            return tree_sum(l) + v
        case Pair(int(a), int(b)):
            return a + b
        case int(leaf):
            return leaf


print(tree_sum(Pair(Pair(1, 2), Pair(3, Pair(4, 5)))), tree_sum(Pair(10, Pair(1, 1))), tree_sum(9))


class ListArgs:
    __match_args__ = ["a"]
    a = 1


class NumberArgs:
    __match_args__ = ("a", 2)
    a = 1


class NoArgs:
    pass


tests = [
    ("list __match_args__", lambda: ListArgs(), lambda s: ListArgs),
    ("non-str element", lambda: NumberArgs(), lambda s: NumberArgs),
    ("too many for Point", lambda: Point(1, 2), lambda s: Point),
    ("positional on plain class", lambda: NoArgs(), lambda s: NoArgs),
    ("two for int", lambda: 5, lambda s: int),
]
for name, make, _ in tests:
    subject = make()
    try:
        if name == "list __match_args__":
            match subject:
                case ListArgs(1):
                    pass
        elif name == "non-str element":
            match subject:
                case NumberArgs(1, 2):
                    pass
        elif name == "too many for Point":
            match subject:
                case Point(1, 2, 3):
                    pass
        elif name == "positional on plain class":
            match subject:
                case NoArgs(1):
                    pass
        elif name == "two for int":
            match subject:
                case int(5, 6):
                    pass
        print(name, "did not raise")
    except TypeError as e:
        print(name, "->", e)

try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print("duplicate ->", e)

# The isinstance check comes first: a broken __match_args__ is not looked at otherwise.
match 3:
    case ListArgs(1):
        print("no")
    case _:
        print("no error for a non-instance")

not_a_class = len
match 3:
    case not_a_class():
        pass
