# str subclasses: extra methods and properties, results of str methods and operators plain, str()/repr()/format/%/f-strings with and without __str__/__repr__ overrides, __eq__/__hash__ overrides, str.__new__ taking __init__'s arguments, __slots__.
class Name(str):
    def shout(self):
        return self.upper() + "!"

    @property
    def initials(self):
        return "".join(w[0] for w in self.split())


n = Name("ada lovelace")
print(n, repr(n), n.shout(), n.initials, len(n), n[0], n[:3], type(n[:]).__name__)
print(type(n).__name__, isinstance(n, str), n == "ada lovelace", "ada lovelace" == n, hash(n) == hash("ada lovelace"))
print(type(n + "!").__name__, type("" + n).__name__, type(n * 1).__name__, type(n.strip()).__name__, type(str(n)).__name__)
print(f"{n}", type(f"{n}").__name__, "%s|%r" % (n, n), "{}".format(n), format(n, ">14"))
print({n: 1}["ada lovelace"], "lace" in n, n.split(), sorted([Name("b"), Name("a")]))
n.note = "x"
print(n.note, Name(), Name(42), Name(b"hi", "ascii"))


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())

    def __repr__(self):
        return f"Caseless({str.__repr__(self)})"

    def __str__(self):
        return "<" + super().__str__() + ">"


c = Caseless("Hello")
print(c == "HELLO", c != "hello", {c: 1}.get(Caseless("hELLo")), c, repr(c), [c], f"{c}", "%s" % c, str(c))
print(c.upper(), type(c.upper()).__name__, c + "!", len(c))


class Token(str):
    def __init__(self, text, kind="word"):
        self.kind = kind


try:
    Token("x", "num")
except LookupError as e:
    print("LookupError:", e)
except TypeError as e:
    print("TypeError:", e)
t = Token("x")
print(t, t.kind)
try:
    class Bad(str):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)
class Slotted(str):
    __slots__ = ("lang",)


s = Slotted("hola")
s.lang = "es"
print(s, s.lang)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)
print(str.upper(Name("abc")), Name("a,b").split(","), Name(" x ").strip() == "x", Name("abc").__len__())
print(max(Name("b"), Name("a")), Name("x") < "y", Name("q") in ["q"], Name("k") in {"k": 1})
d = {}
d[Name("key")] = 1
print(d, list(d)[0].__class__.__name__)
print(",".join([Name("a"), Name("b")]), type(",".join([Name("a")])).__name__)
