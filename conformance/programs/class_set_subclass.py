# set and frozenset subclasses: super().__init__, overridden add, operators giving plain sets, subclass reprs, frozenset hashing, a frozenset subclass with __init__ and __iter__, argument errors.
class Tags(set):
    def __init__(self, *args):
        super().__init__(*args)
        self.added = 0

    def add(self, x):
        self.added += 1
        super().add(x.lower())


t = Tags(["a", "b"])
t.add("C")
t.update(["D"])
print(sorted(t), t.added, len(t), "c" in t, isinstance(t, set), type(t).__name__)
print(type(t | {"z"}).__name__, sorted(t & {"a", "c"}), type(t - {"a"}).__name__)
print(t == {"a", "b", "c", "D"}, {"a", "b", "c", "D"} == t, t <= {"a", "b", "c", "D", "e"})
print(Tags(), Tags([1]), repr(Tags([2])))
t2 = t.copy()
print(type(t2).__name__, sorted(t2))
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)


class Frozen(frozenset):
    def describe(self):
        return f"{len(self)} items: {sorted(self)}"


f = Frozen([3, 1, 2, 3])
print(f, f.describe(), hash(f) == hash(frozenset({1, 2, 3})), type(f | {9}).__name__)
print({f: "x"}[frozenset({1, 2, 3})], f == frozenset({1, 2, 3}), isinstance(f, frozenset))
print(Frozen(), type(f.copy()).__name__, type(frozenset(f)).__name__)
f.note = "n"
print(f.note)


class Ordered(frozenset):
    def __init__(self, items):
        self.order = list(items)

    def __iter__(self):
        return iter(self.order)


o = Ordered([3, 1, 2])
print(list(o), 2 in o, len(o), sorted(o))
try:
    Frozen(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Frozen([1], x=2)
except TypeError as e:
    print("TypeError:", e)
s = set()
s |= Tags(["q"])
print(s, Tags("ab") | Tags("bc") == {"a", "b", "c"})
