# list and dict subclasses: user __hash__/__eq__, __slots__, fromkeys on a subclass, super() of dunders, operator overrides, and dict.__init__ argument errors.
class Key(list):
    def __hash__(self):
        return hash(tuple(self))

    def __eq__(self, other):
        return list(self) == list(other)


k = Key([1, 2])
print({k: "v"}[Key([1, 2])], k == [1, 2], k != [1, 2])


class Slotted(list):
    __slots__ = ("tag",)


s = Slotted([1])
s.tag = "t"
print(s.tag, s)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)


class D(dict):
    pass


d = D(x=1)
print(d, D.fromkeys("ab"), type(D.fromkeys("ab")).__name__)
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)
print(d.__class__, d.__len__(), d.__getitem__("x"), d.__contains__("x"))
print(super(D, d).__repr__(), dict.__repr__(d))


class Vec(list):
    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))

    def __mul__(self, k):
        return Vec(a * k for a in self)


v = Vec([1, 2]) + Vec([3, 4])
print(v, type(v).__name__, v * 3, [1] + v, type([1] + v).__name__)
print(str(Vec([1])), format(Vec([2])), f"{Vec([3])}", "%s" % Vec([4]))
D(1, 2)
