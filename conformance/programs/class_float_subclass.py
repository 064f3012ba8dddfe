# float subclasses: __new__ with validation and super().__new__, arithmetic giving plain floats unless overridden (__add__/__radd__, sum), __str__/__repr__ in print/f-strings/format, hashing and equality with floats, float(x) plain, math functions, an annotated float parameter.
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, v)

    def to_f(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"Celsius({float.__repr__(self)})"


c = Celsius(21.5)
print(c, repr(c), c.to_f(), type(c).__name__, isinstance(c, float), type(c + 1).__name__, type(-c).__name__, type(+c).__name__)
print(c == 21.5, 21.5 == c, c < 22, hash(c) == hash(21.5), {c: 1}[21.5], f"{c}", f"{c:.2f}", "%.1f" % c, str(c), round(c), int(c))
print(float(c), type(float(c)).__name__, c.is_integer(), c.as_integer_ratio(), abs(Celsius(-3.0)), type(abs(Celsius(-3.0))).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class Money(float):
    def __str__(self):
        return f"${self:.2f}"

    def __add__(self, other):
        return Money(float(self) + float(other))

    __radd__ = __add__


m = Money(1.5) + 2
print(m, type(m).__name__, 3 + Money(1), sum([Money(1), Money(2)]), [m], f"{m}", max(Money(1), Money(3)))
print(Money(), Money("2.25"), Money(7), sorted([Money(3), 1.0, Money(2)]))
m.note = "n"
print(m.note, m * 2, type(m * 2).__name__, m // 1, divmod(m, 2))


class Plain(float):
    pass


p = Plain(2.0)
print(p, repr(p), p ** 2, p.hex(), p.conjugate(), type(p.conjugate()).__name__)
import math
print(math.sqrt(Plain(16)), math.floor(Plain(2.7)), Plain(1) / 3)
def f(x: float):
    return x * 2, type(x).__name__
print(f(Plain(4)), f(4.0))
