"""Subclasses of tuple: instances are tuples of the class, with their own methods, repr
and (without __slots__) an attribute dict."""
class C(tuple):
    def total(self):
        return sum(self)
class D(C):
    def __repr__(self):
        return "D" + tuple.__repr__(self)
c = C([1, 2, 3])
print(c, c.total(), type(c).__name__, isinstance(c, tuple), len(c), c[1], c[1:], type(c[:]).__name__, c == (1, 2, 3), hash(c) == hash((1, 2, 3)))
print(C(), C(range(2)), type(c + (4,)).__name__, type(c * 1).__name__, sorted([C([2]), C([1])]))
c.label = "x"
print(c.label, c.__dict__)
d = D("ab")
print(d, str(d), d.total() if False else d[0], d.__dict__)
for s in ["C(1, 2)", "C(x=1)", "C(5)"]:
    try:
        if s == "C(1, 2)": C(1, 2)
        elif s == "C(x=1)": C(x=1)
        else: C(5)
    except TypeError as e:
        print(s, "->", e)
a, b, c2 = c
print(a, b, c2, list(reversed(c)), 2 in c, c.index(2), c.count(3), max(c))
x = {c: 1}
print(x[(1, 2, 3)])
try:
    class E(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print(e)
class F(tuple):
    __slots__ = ()
f = F([1])
try:
    f.y = 1
except AttributeError as e:
    print(e)
