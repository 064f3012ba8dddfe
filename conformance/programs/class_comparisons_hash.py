# Rich comparisons, reflection, NotImplemented, __eq__ without __hash__, hashing, dict keys, sorting.
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def key(self):
        return (self.major, self.minor)
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() == other.key()
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() < other.key()
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self.key())
    def __repr__(self):
        return f"v{self.major}.{self.minor}"

vs = [Version(1, 2), Version(0, 9), Version(1, 0), Version(0, 9)]
print(sorted(vs), min(vs), max(vs))
print(sorted(vs, reverse=True))
print(Version(1, 0) == Version(1, 0), Version(1, 0) != Version(1, 0), Version(1, 0) != Version(2, 0))
print(Version(1, 0) > Version(0, 5), Version(1, 0) >= Version(1, 0), Version(2, 0) <= Version(1, 0))
print(Version(1, 0) == "1.0", Version(1, 0) != "1.0", "1.0" == Version(1, 0))
print(len(set(vs)), {Version(1, 2): "a", Version(1, 2): "b"}, Version(1, 0) in {Version(1, 0)})
print(hash(Version(3, 4)) == hash((3, 4)), vs.index(Version(1, 0)), vs.count(Version(0, 9)))
d = {}
for v in vs:
    d[v] = d.get(v, 0) + 1
print(d)
try:
    Version(1, 0) < 3
except TypeError as e:
    print(e)
try:
    3 >= Version(1, 0)
except TypeError as e:
    print(e)

class OnlyEq:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.x == other.x

print(OnlyEq.__hash__, OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
for f in [lambda: hash(OnlyEq(1)), lambda: {OnlyEq(1)}, lambda: {OnlyEq(1): 1}, lambda: OnlyEq(1) in {1: 2}]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(OnlyEq(1) in [OnlyEq(0), OnlyEq(1)], [OnlyEq(2)] == [OnlyEq(2)], (OnlyEq(3),) == (OnlyEq(4),))

class Ident:
    pass
a, b = Ident(), Ident()
print(a == a, a == b, a != b, a is a, hash(a) == hash(a), {a: 1, b: 2}[a], len({a, b, a}))

class HashOnly:
    def __hash__(self):
        return 42
print(hash(HashOnly()), HashOnly() == HashOnly())

class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()), hash(-1), hash(-2))

class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(e)

class Child(OnlyEq):
    __hash__ = object.__hash__
print(type(hash(Child(1))).__name__)

class Rev:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        print("Rev.__gt__")
        return self.n > other
    def __lt__(self, other):
        print("Rev.__lt__")
        return self.n < other
print(5 < Rev(7), 5 > Rev(7), Rev(1) < 2)

class Weird:
    def __eq__(self, other):
        return "yes"
    def __ne__(self, other):
        return 0
    def __lt__(self, other):
        return [1]
print(Weird() == 1, Weird() != 1, Weird() < 1, 1 == Weird())
if Weird() < 1:
    print("truthy list")
print(sorted([Rev(3), Rev(1), Rev(2)], key=lambda r: r.n)[0].n)
