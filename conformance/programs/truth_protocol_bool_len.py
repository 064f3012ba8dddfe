# The truth-value protocol: __bool__ before __len__, bad return values,
# containers, zeros, and objects with neither.


class WithBool:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  __bool__", self.v)
        return self.v


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  __len__", self.n)
        return self.n


class BothBL:
    def __bool__(self):
        print("  both: __bool__")
        return False

    def __len__(self):
        print("  both: __len__")
        return 5


class Neither:
    pass


class BoolSub(WithLen):
    def __bool__(self):
        return True


class LenNone:
    __bool__ = None

    def __len__(self):
        return 1


def truth(label, obj):
    try:
        r = bool(obj)
        print(label, "bool ->", r)
    except Exception as e:
        print(label, "bool !!", type(e).__name__, "|", e)
    try:
        if obj:
            print(label, "if -> taken")
        else:
            print(label, "if -> not taken")
    except Exception as e:
        print(label, "if !!", type(e).__name__, "|", e)
    try:
        print(label, "not ->", not obj)
    except Exception as e:
        print(label, "not !!", type(e).__name__, "|", e)


truth("WithBool(True)", WithBool(True))
truth("WithBool(False)", WithBool(False))
truth("WithBool(1)", WithBool(1))
truth("WithBool(0)", WithBool(0))
truth("WithBool(None)", WithBool(None))
truth("WithBool('yes')", WithBool("yes"))
truth("WithLen(0)", WithLen(0))
truth("WithLen(3)", WithLen(3))
truth("WithLen(-1)", WithLen(-1))
truth("WithLen(True)", WithLen(True))
truth("WithLen(2.0)", WithLen(2.0))
truth("WithLen('x')", WithLen("x"))
truth("WithLen(2**70)", WithLen(2**70))
truth("BothBL", BothBL())
truth("Neither", Neither())
truth("BoolSub(0)", BoolSub(0))
truth("LenNone", LenNone())

print("-- len() of the same objects")
for label, obj in [("WithLen(3)", WithLen(3)), ("WithLen(-1)", WithLen(-1)),
                   ("WithLen(True)", WithLen(True)), ("WithLen(2.0)", WithLen(2.0)),
                   ("WithLen(2**70)", WithLen(2**70)), ("Neither", Neither()), ("WithBool", WithBool(True))]:
    try:
        print(label, "len ->", len(obj))
    except Exception as e:
        print(label, "len !!", type(e).__name__, "|", e)

print("-- and/or return operands")
print(WithBool(False) or "fallback")
print(type(WithLen(0) and "unreached").__name__)
r = WithLen(2) and WithBool(True)
print(type(r).__name__)
print([] or {} or () or "" or 0 or 0.0 or None or "last")
print(1 and [1] and "s" and 2.5)
print(0 and 1 / 0)
print(1 or 1 / 0)

print("-- while / any / all / filter / ternary")
items = [WithLen(2), WithLen(0), WithBool(True)]
print(any(items))
print(all(items))
print(len(list(filter(None, [WithLen(1), WithLen(0), WithBool(False), WithBool(True)]))))
n = WithLen(1)
count = 0
while n:
    count += 1
    n = WithLen(0)
print("loops:", count)
print("ternary:", "T" if WithLen(0) else "F")
print("comprehension filter:", [i for i in range(4) if WithBool(i % 2 == 0)])
print("assert ok")
assert WithLen(1), "never"
try:
    assert WithLen(0), "len zero"
except AssertionError as e:
    print("AssertionError:", e)

print("-- builtin values")
for v in [0, 1, -1, 0.0, -0.0, 1e-300, float("nan"), float("inf"), "", " ", "0", [], [0], (), ((),),
          {}, {0: 0}, set(), {0}, frozenset(), None, True, False, range(0), range(1), range(5, 5),
          2**100, -(2**100), 0 * 2**100, b"", b"\x00", bytearray(), Ellipsis]:
    print(repr(v), bool(v), not v, "T" if v else "F")
print("-- not/== chains")
print(not not [], not not [0], (not 0) == True, (not "") is True)
print(bool(0.0) == bool(-0.0), -0.0 == 0.0, str(-0.0), repr(-0.0 + 0.0), repr(0.0 * -1))
print(True + True, True * 3, sum([True, True, False]), True == 1)
