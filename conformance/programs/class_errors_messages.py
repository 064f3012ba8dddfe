# Runtime errors around classes, with CPython's exception types and messages.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx, dy=0):
        self.x += dx
        self.y += dy
    @staticmethod
    def origin():
        return Point(0, 0)
    @classmethod
    def of(cls, v):
        return cls(v, v)

class NoArgs:
    pass

class BadInit:
    def __init__(self):
        return 5

def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

p = Point(1, 2)
attempt("missing arg", lambda: Point(1))
attempt("missing 2 args", lambda: Point())
attempt("too many", lambda: Point(1, 2, 3))
attempt("bad kw", lambda: Point(1, 2, z=3))
attempt("dup kw", lambda: Point(1, x=2))
attempt("method missing", lambda: p.move())
attempt("method too many", lambda: p.move(1, 2, 3))
attempt("unbound method", lambda: Point.move(1))
attempt("no-arg class", lambda: NoArgs(1))
attempt("no-arg kw", lambda: NoArgs(a=1))
attempt("init returns", lambda: BadInit())
attempt("staticmethod args", lambda: Point.origin(1))
attempt("classmethod args", lambda: Point.of())
attempt("no attribute", lambda: p.z)
attempt("class no attribute", lambda: Point.z)
attempt("none attribute", lambda: None.x)
attempt("int attribute", lambda: (5).foo)
attempt("str method", lambda: "abc".nope())
attempt("list attr", lambda: [].push)
attempt("call instance", lambda: p())
attempt("call int", lambda: int(5)())
attempt("call none", lambda: p.__init__(1, 2)())
attempt("subscript", lambda: p[0])
attempt("item assign", lambda: p.__setitem__)
attempt("len", lambda: len(p))
attempt("iterate", lambda: list(p))
attempt("unpack", lambda: [a for a, b in [p]])
attempt("add", lambda: p + 1)
attempt("radd", lambda: 1 + p)
attempt("neg", lambda: -p)
attempt("compare", lambda: p < p)
attempt("compare int", lambda: p > 3)
attempt("int + str", lambda: 1 + "a")
attempt("str + int", lambda: "a" + 1)
attempt("list + tuple", lambda: [1] + (2,))
attempt("none + int", lambda: None + 1)
attempt("int(obj)", lambda: int(p))
attempt("float(obj)", lambda: float(p))
attempt("str index", lambda: "abc"[p])
attempt("isinstance bad", lambda: isinstance(p, p))
attempt("issubclass bad", lambda: issubclass(p, Point))
attempt("issubclass bad 2", lambda: issubclass(Point, 3))
attempt("super outside", lambda: super(Point, 3))
attempt("hash list attr", lambda: {[]: 1})
attempt("bases", lambda: type("T", (3,), {}))
attempt("bad getattr", lambda: getattr(p, "nope"))
attempt("type(x) name", lambda: type(p).__name__ + "/" + type(Point).__name__ + "/" + type(None).__name__)
attempt("typo suggestion", lambda: p.xx)
attempt("mro", lambda: [c.__name__ for c in type(True).__mro__])
attempt("class repr", lambda: repr(Point).replace("__main__", "M"))
attempt("method repr", lambda: repr(p.move).startswith("<bound method Point.move of <__main__.Point object at 0x"))
attempt("default repr", lambda: repr(p).startswith("<__main__.Point object at 0x") and str(p) == repr(p))
attempt("func repr", lambda: repr(Point.move).startswith("<function Point.move at 0x"))
attempt("format default", lambda: format(p, "") == str(p))
attempt("format spec", lambda: format(p, ">10"))
attempt("fstring spec", lambda: f"{p:5}")
