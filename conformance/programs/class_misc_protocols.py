# reversed() via __reversed__ or __len__+__getitem__, sorting with only __gt__, __repr__/__str__ result checks, class attribute deletion, nested class names, __eq__ reflection.
class R:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i
print(list(reversed(R(3))))
class RR:
    def __reversed__(self): return iter("cba")
print(list(reversed(RR())))
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"G{self.v}"
print(sorted([G(3), G(1), G(2)]), min(G(5), G(4)), max([G(1), G(9)]))
class BadRepr:
    def __repr__(self): return 5
try: repr(BadRepr())
except TypeError as e: print(e)
try: str(BadRepr())
except TypeError as e: print(e)
class S:
    def __str__(self): return "S!"
print(str(S()), [S()][0].__str__(), "%s" % S(), "{}".format(S()), f"{S()!s}")
class C:
    def __contains__(self, x): return x
print(1 in C(), 0 in C(), "" not in C())
class A:
    x = 1
class B(A): pass
B.x = 2
print(A.x, B.x, B.__dict__.get("x"), "x" in A.__dict__)
del B.x
print(B.x)
class P:
    def __init__(self): self.a = 1
p = P()
print(p.__dict__, P.__name__, P.__qualname__, P.__module__, p.__class__.__name__)
print(type(p).__bases__, P.__mro__ == (P, object), object.__name__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, repr(Outer.Inner()).split(" object")[0])
print(isinstance(P, type), type(P) is type, type(type), issubclass(P, object))
class N:
    def __eq__(self, o): return True
print(N() == 1, 1 == N(), N() != 2, [N()] == [5], N() in [1], 3 in [N()])
print(getattr(P, "__name__"), hasattr(P, "mro"), P.mro())
