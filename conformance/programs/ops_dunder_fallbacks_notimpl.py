# Operator dispatch: NotImplemented and reflected methods, equality fallback
# to identity, reflected comparisons, in-place fallbacks, list/tuple +=.


class A:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("  A.__add__", type(other).__name__)
        if isinstance(other, int):
            return A(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        print("  A.__radd__", type(other).__name__)
        if isinstance(other, int):
            return A(other + self.v)
        return NotImplemented

    def __repr__(self):
        return "A(" + repr(self.v) + ")"


class B:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        print("  B.__radd__", type(other).__name__)
        return B(("radd", other.v if isinstance(other, A) else other, self.v))

    def __repr__(self):
        return "B(" + repr(self.v) + ")"


class SubA(A):
    def __radd__(self, other):
        print("  SubA.__radd__", type(other).__name__)
        return "SubA wins"


class NoOps:
    pass


print("-- add / radd")
print(A(1) + 2)
print(3 + A(1))
print(A(1) + B(2))
try:
    print(A(1) + "s")
except TypeError as e:
    print("TypeError:", e)
try:
    print("s" + A(1))
except TypeError as e:
    print("TypeError:", e)
print("subclass reflected first:", A(1) + SubA(2))
print("sum with start:", sum([A(1), 2], 10))
try:
    print(sum([A(1), A(2)]))
except TypeError as e:
    print("TypeError:", e)
print("0 + A via sum:", sum([A(5)]))
try:
    NoOps() + NoOps()
except TypeError as e:
    print("TypeError:", e)
try:
    NoOps() + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 - NoOps()
except TypeError as e:
    print("TypeError:", e)


class Eq:
    def __init__(self, v, name):
        self.v = v
        self.name = name

    def __eq__(self, other):
        print("  Eq.__eq__", self.name, getattr(other, "name", other))
        if isinstance(other, Eq):
            return self.v == other.v
        return NotImplemented


class AlwaysNI:
    def __eq__(self, other):
        print("  AlwaysNI.__eq__")
        return NotImplemented

    def __ne__(self, other):
        print("  AlwaysNI.__ne__")
        return NotImplemented


print("-- eq fallbacks")
e1 = Eq(1, "e1")
e2 = Eq(1, "e2")
print(e1 == e2)
print(e1 != e2)
print(e1 == 1)
print(1 == e1)
print(e1 != "x")
n1 = AlwaysNI()
n2 = AlwaysNI()
print("NI same:", n1 == n1)
print("NI diff:", n1 == n2)
print("NI ne:", n1 != n2)
print("NI in list:", n1 in [n2, n1])
print("list eq uses identity first:", [n1] == [n1])
print("nan in list:", float("nan") in [float("nan")])
nan = float("nan")


class Lt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  Lt.__lt__", self.v)
        if isinstance(other, Lt):
            return self.v < other.v
        return NotImplemented

    def __repr__(self):
        return "Lt(" + str(self.v) + ")"


class Gt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("  Gt.__gt__", self.v)
        return self.v > getattr(other, "v", other)

    def __repr__(self):
        return "Gt(" + str(self.v) + ")"


print("-- reflected comparisons")
print(Lt(1) < Lt(2))
print(Lt(3) > Lt(2))
print(Lt(1) < Gt(5))
try:
    print(Gt(5) < Lt(1))
except TypeError as e:
    print("TypeError:", e)
print(3 < Gt(1))
print(Gt(1) > 3)
try:
    print(Lt(1) <= Lt(2))
except TypeError as e:
    print("TypeError:", e)
try:
    print(Lt(1) < 5)
except TypeError as e:
    print("TypeError:", e)
print(sorted([Lt(3), Lt(1), Lt(2)]))
print(max([Lt(3), Lt(1), Lt(2)]))
print(min(Gt(4), Gt(2)))


class Vec:
    def __init__(self, xs):
        self.xs = xs

    def __add__(self, other):
        print("  Vec.__add__")
        return Vec([a + b for a, b in zip(self.xs, other.xs)])

    def __mul__(self, k):
        print("  Vec.__mul__")
        return Vec([a * k for a in self.xs])

    def __repr__(self):
        return "Vec(" + repr(self.xs) + ")"


class IVec(Vec):
    def __iadd__(self, other):
        print("  IVec.__iadd__")
        self.xs = [a + b for a, b in zip(self.xs, other.xs)]
        return self

    def __imul__(self, k):
        print("  IVec.__imul__ NotImplemented")
        return NotImplemented


print("-- in-place fallbacks")
v = Vec([1, 2])
alias = v
v += Vec([10, 20])
print(v, alias, v is alias)
iv = IVec([1, 2])
ialias = iv
iv += Vec([5, 5])
print(iv, ialias, iv is ialias)
iv *= 3
print(iv, type(iv).__name__, iv is ialias)

print("-- list/tuple +=")
lst = [1]
lalias = lst
lst += (2, 3)
print(lst, lalias, lst is lalias)
lst += "ab"
print(lalias)
lst += range(2)
print(lalias)
lst = lst + [9]
print(lst, lalias, lst is lalias)
try:
    lst = lst + (1,)
except TypeError as e:
    print("TypeError:", e)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
try:
    t += [3]
except TypeError as e:
    print("TypeError:", e)
s = "ab"
salias = s
s += "c"
print(s, salias)
st = {1}
stalias = st
st |= {2}
print(st, stalias, st is stalias)
st = st | {3}
print(st, stalias)
d = {"a": 1}
dalias = d
d |= {"b": 2}
print(d, dalias is d)
m = [1, 2]
malias = m
m *= 2
print(m, malias is m)
holder = ([1],)
try:
    holder[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print("mutated anyway:", holder)
x = [0]
y = x
y += [1]
print(x)
y = y + [2]
print(x, y)


def add_into(target, extra):
    target += extra
    return target


outer = [1]
res = add_into(outer, [2])
print(outer, res is outer)
outer_t = (1,)
res_t = add_into(outer_t, (2,))
print(outer_t, res_t)

print("-- mixed numeric dispatch")
print(True + 1.5, 2 ** True, 7 // 2.0, 7 % -3.0, -7 // 2.0, 1 - True)
print((5).__add__(1.5), (5).__radd__(2), (1.5).__radd__(2), (2).__truediv__(0.5))
print(int.__add__(3, 4), float.__mul__(2.0, 3.0))
