# __new__ in subclasses of str and tuple: super().__new__(cls, ...), str.__new__(cls, ...), validation in __new__, a __new__ returning another type (no __init__), errors of str.__new__.
class Upper(str):
    def __new__(cls, value, suffix=""):
        return super().__new__(cls, str(value).upper() + suffix)

    def __init__(self, value, suffix=""):
        self.original = value


u = Upper("hello", "!")
print(u, repr(u), type(u).__name__, u.original, len(u), u.lower())


class Code(str):
    def __new__(cls, text):
        if not text.isidentifier():
            raise ValueError(f"bad code {text!r}")
        return str.__new__(cls, text)


print(Code("abc"), type(Code("abc")).__name__)
try:
    Code("1x")
except ValueError as e:
    print("ValueError:", e)


class Plain(str):
    def __new__(cls, x):
        return "not a Plain " + x

    def __init__(self, x):
        print("never")


p = Plain("y")
print(p, type(p).__name__)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return f"Point{tuple.__repr__(self)}"


pt = Point(1, 2)
print(pt, pt.x, pt == (1, 2), hash(pt) == hash((1, 2)), type(pt + (3,)).__name__, isinstance(pt, tuple))
try:
    str.__new__(int, "x")
except TypeError as e:
    print("TypeError:", e)
print(str.__new__(str, 5), tuple.__new__(tuple, "ab"))
