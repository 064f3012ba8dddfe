# Subclasses of list and dict: __reversed__, __bool__, __iadd__, __del__, __delitem__, __eq__ (and the __hash__ it clears), an __iter__/keys override that dict(x), ** and update read through, multi-level subclasses, layout conflicts.
class Rev(list):
    def __reversed__(self):
        return iter(["custom"])

    def __bool__(self):
        return False

    def __iadd__(self, other):
        self.append(("iadd", other))
        return self

    def __del__(self):
        print("del Rev", list.__repr__(self))


r = Rev([1, 2])
print(list(reversed(r)), bool(r), "yes" if r else "no", not r)
r += [3]
print(r, type(r).__name__)
r.sort(key=str)
r.reverse()
print(r, r.__dict__, dir(r)[-3:])
del r


class Strict(dict):
    def __delitem__(self, k):
        print("delitem", k)
        super().__delitem__(k)

    def __eq__(self, other):
        return isinstance(other, Strict) and dict.__eq__(self, other)

    def __iter__(self):
        return iter(sorted(super().__iter__()))

    def keys(self):
        return sorted(super().keys())


s = Strict(b=2, a=1)
del s["a"]
print(s.pop("b"), s, s == {}, s == Strict(), s != {})
s.update(z=1, y=2)
print(list(s), dict(s), {**s}, dict.fromkeys(s), sorted(s.items()), [*s])
t = {}
t.update(s)
print(t, list(s.keys()), len(s))
try:
    del s["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    s.popitem(); s.popitem(); s.popitem()
except KeyError as e:
    print("KeyError", e)
print(s, hash(Strict.__hash__) if Strict.__hash__ else Strict.__hash__)


class Base(list):
    pass


class Mid(Base):
    def describe(self):
        return f"{type(self).__name__} of {len(self)}"


m = Mid("xyz")
print(m.describe(), isinstance(m, Base), isinstance(m, list), Mid.__mro__, issubclass(Mid, list))
print(m.__class__.__bases__, type(m) == Mid, m.index("y"), m.copy(), m[::-1], m * 2)
try:
    class Both(list, dict):
        pass
except TypeError as e:
    print("TypeError:", e)
print("end")
