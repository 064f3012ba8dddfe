# Properties overridden through super() and fset, __eq__ reflection order, sort/min/max with __lt__ only, iteration and containment fallbacks (__getitem__, __len__), MRO of a diamond, dynamic attributes.
class Base:
    def __init__(self, v): self._v = v
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
    @classmethod
    def of(cls, x): return cls(x * 2)
    def __repr__(self): return f"{self.__class__.__name__}({self._v})"
    def __eq__(self, o):
        print("Base.__eq__", type(self).__name__, type(o).__name__)
        if not isinstance(o, Base): return NotImplemented
        return self._v == o._v
    __hash__ = None
class Child(Base):
    @property
    def v(self): return super().v * 10
    @v.setter
    def v(self, x):
        Base.v.fset(self, x + 1)
    def __eq__(self, o):
        print("Child.__eq__")
        return super().__eq__(o)
c = Child.of(3); print(c, c.v); c.v = 5; print(c._v, c.v)
print(Base(1) == Child(1))
print(Child(1) == Base(1))
print(Base(1) == 1, 1 == Base(1))
class Lt:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f"Lt{self.k}"
xs = [Lt(3), Lt(1), Lt(2)]
print(sorted(xs), max(xs), min(xs), Lt(5) > Lt(2))
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
s = Seq()
print(list(s), 9 in s, 5 in s, list(reversed([*s])), [x for x in s if x])
class Sized:
    def __len__(self): return 0
print(bool(Sized()), not Sized())
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), 2 in It(), dict(zip(It(), "abc")))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if not 0 <= i < 3: raise IndexError(i)
        return "xyz"[i]
print(list(reversed(Rev())), "".join(Rev()))
class Multi(Child, Base): pass
print(Multi.__mro__, Multi(4).v)
try:
    hash(Base(1))
except TypeError as e:
    print(e)
class Dyn: pass
d = Dyn()
for name in ["alpha", "beta"]:
    setattr(d, name, len(name))
print(d.alpha, vars(d), getattr(d, "gamma", None), hasattr(d, "beta"))
delattr(d, "alpha"); print(vars(d))
print(isinstance(c, Base), issubclass(Multi, Base), type(c) is Child, Child.__base__.__name__, Child.__name__, Child.__qualname__)
