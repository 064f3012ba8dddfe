# Reflected operators, NotImplemented fallback, subclass priority, "unsupported operand" messages.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd", other)
        if other == 0:
            return self
        return self.__add__(other)
    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented
    __rmul__ = __mul__
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __rtruediv__(self, other):
        return other / self.cents
    def __rpow__(self, other):
        return f"{other}**Money"

m = Money(150)
print(m + 50, 50 + m, m * 3, 3 * m, 1000 - m, 300 / Money(4), 2 ** m)
print(sum([Money(1), Money(2), Money(3)]))

class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
    def __lt__(self, o):
        return "Base.lt"
    def __gt__(self, o):
        return "Base.gt"

class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
    def __gt__(self, o):
        return "Derived.gt"

class Other(Base):
    pass

print(Base() + Derived(), Derived() + Base(), Base() + Base())
print(Base() < Derived(), Derived() < Base())
print(Base() + Other(), Other() + Base())

class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return NotImplemented

class Plain:
    pass

tests = [
    lambda: NI() + NI(),
    lambda: NI() + 1,
    lambda: 1 + NI(),
    lambda: NI() - "s",
    lambda: Plain() + Plain(),
    lambda: Plain() * 2,
    lambda: 2 ** Plain(),
    lambda: Plain() @ Plain(),
    lambda: Plain() % 3,
    lambda: Plain() < Plain(),
    lambda: Plain() >= 1,
    lambda: "a" < Plain(),
    lambda: -Plain(),
    lambda: +Plain(),
    lambda: ~Plain(),
    lambda: abs(Plain()),
    lambda: divmod(Plain(), 2),
    lambda: pow(Plain(), 2, 3),
    lambda: Money(1) + "x",
    lambda: "x" + Money(1),
    lambda: [1] + Money(1),
    lambda: Money(1) * 1.5,
    lambda: 1 + "a",
    lambda: None + 1,
    lambda: len(Plain()),
    lambda: Plain()[0],
    lambda: Plain()(),
    lambda: iter(Plain()),
    lambda: 3 in Plain(),
    lambda: hash(NI()) == hash(NI()),
    lambda: int(Plain()),
    lambda: float(Plain()),
    lambda: round(Plain()),
    lambda: [1, 2][Plain()],
]
for t in tests:
    try:
        print("ok", t())
    except TypeError as e:
        print("TypeError:", e)

x = Plain()
try:
    x += 1
except TypeError as e:
    print("TypeError:", e)
try:
    x -= Plain()
except TypeError as e:
    print("TypeError:", e)
try:
    x **= 2
except TypeError as e:
    print("TypeError:", e)
try:
    x @= 2
except TypeError as e:
    print("TypeError:", e)
