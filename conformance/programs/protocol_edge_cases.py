# Protocol edge cases: dunders set to None, __len__ results, unpacking that stops early,
# iter(callable, sentinel), sort's reverse argument, repetition counts, format codes on
# bools, except clauses with invalid tuples, attributes on builtin exception instances.


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, "|", e)


print("-- dunders set to None")


class BoolNone:
    __bool__ = None

    def __len__(self):
        return 0


class LenNone:
    __len__ = None


class IterNone:
    __iter__ = None

    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i


class ContainsNone:
    __contains__ = None

    def __iter__(self):
        return iter([1, 2])


class HashNone:
    __hash__ = None


class EqNone:
    __eq__ = None


class ReversedNone:
    __reversed__ = None

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


class GetitemNone:
    __getitem__ = None


class NextNone:
    __next__ = None

    def __iter__(self):
        return self


class AddNone:
    __add__ = None

    def __radd__(self, other):
        return "radd"


class RaddNone:
    __radd__ = None


class ReprNone:
    __repr__ = None


class StrNone:
    __str__ = None


class IndexNone:
    __index__ = None


class CallNone:
    __call__ = None


class NegNone:
    __neg__ = None


class LtNone:
    __lt__ = None


class Base:
    def __iter__(self):
        return iter("ab")

    def __contains__(self, x):
        return True


class Derived(Base):
    __iter__ = None
    __contains__ = None


t("bool(BoolNone())", lambda: bool(BoolNone()))
t("not BoolNone()", lambda: not BoolNone())


def if_bool_none():
    if BoolNone():
        return "taken"
    return "not taken"


t("if BoolNone()", if_bool_none)
t("bool(LenNone())", lambda: bool(LenNone()))
t("len(LenNone())", lambda: len(LenNone()))
t("list(IterNone())", lambda: list(IterNone()))
t("iter(IterNone())", lambda: iter(IterNone()))
t("2 in IterNone()", lambda: 2 in IterNone())
t("comprehension over IterNone()", lambda: [x for x in IterNone()])
t("sorted(IterNone())", lambda: sorted(IterNone()))


def unpack_iter_none():
    a, b = IterNone()
    return a, b


t("unpack IterNone()", unpack_iter_none)
t("1 in ContainsNone()", lambda: 1 in ContainsNone())
t("1 not in ContainsNone()", lambda: 1 not in ContainsNone())
t("list(ContainsNone())", lambda: list(ContainsNone()))
t("hash(HashNone())", lambda: hash(HashNone()))
t("{HashNone()}", lambda: {HashNone()})
t("EqNone() == EqNone()", lambda: EqNone() == EqNone())
en = EqNone()
t("en == en", lambda: en == en)
t("en != en", lambda: en != en)
t("en in [en]", lambda: en in [en])
t("hash(EqNone())", lambda: hash(EqNone()))
t("reversed(ReversedNone())", lambda: list(reversed(ReversedNone())))
t("GetitemNone()[0]", lambda: GetitemNone()[0])
t("type(iter(GetitemNone()))", lambda: type(iter(GetitemNone())).__name__)
t("iter(NextNone()) is self", lambda: type(iter(NextNone())).__name__)
t("next(NextNone())", lambda: next(NextNone()))
t("AddNone() + 1", lambda: AddNone() + 1)
t("1 + AddNone()", lambda: 1 + AddNone())
t("1 + RaddNone()", lambda: 1 + RaddNone())
t("repr(ReprNone())", lambda: repr(ReprNone()))
t("str(StrNone())", lambda: str(StrNone()))
t("[1, 2][IndexNone()]", lambda: [1, 2][IndexNone()])
t("callable(CallNone())", lambda: callable(CallNone()))
t("CallNone()()", lambda: CallNone()())
t("-NegNone()", lambda: -NegNone())
t("LtNone() < LtNone()", lambda: LtNone() < LtNone())
t("list(Base())", lambda: list(Base()))
t("list(Derived())", lambda: list(Derived()))
t("'a' in Derived()", lambda: "a" in Derived())

print("-- __len__ results")


class L:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


class Idx:
    def __index__(self):
        return 3


for v in [2**70, -2**70, -1, "x", 1.5, None, True, False, 2**63, 2**63 - 1, 2**62, -2**63, Idx()]:
    name = type(v).__name__ if isinstance(v, Idx) else repr(v)
    t("len(L(" + name + "))", lambda: len(L(v)))
    t("bool(L(" + name + "))", lambda: bool(L(v)))


def if_len():
    if L(2**70):
        return "taken"
    return "not taken"


t("if L(2**70)", if_len)
t("not L(-1)", lambda: not L(-1))
t("len(L(2**62)) + 1", lambda: len(L(2**62)) + 1)
t("len via function object", lambda: list(map(len, [L(5), L(2**63 - 1)])))

print("-- unpacking stops early")


def gen(n):
    for i in range(n):
        print("  yield", i)
        yield i


def counter():
    n = [0]

    def f():
        n[0] += 1
        return n[0]

    return f


def unpack2(src):
    a, b = src
    return a, b


def unpack3(src):
    a, b, c = src
    return a, b, c


def unpack_star_head(src):
    a, *b = src
    return a, b


def unpack_star_mid(src):
    a, b, *c, d = src
    return a, b, c, d


def unpack_star_tail(src):
    *a, b, c = src
    return a, b, c


t("a, b = gen(5)", lambda: unpack2(gen(5)))
t("a, b = gen(2)", lambda: unpack2(gen(2)))
t("a, b, c = gen(2)", lambda: unpack3(gen(2)))
t("a, b = gen(0)", lambda: unpack2(gen(0)))
t("a, b = infinite", lambda: unpack2(iter(counter(), 0)))
it = iter(counter(), 0)
t("a, b = shared infinite", lambda: unpack2(it))
t("next after failed unpack", lambda: next(it))
t("a, *b = gen(4)", lambda: unpack_star_head(gen(4)))
t("a, b, *c, d = gen(2)", lambda: unpack_star_mid(gen(2)))
t("a, b, *c, d = gen(1)", lambda: unpack_star_mid(gen(1)))
t("a, b, *c, d = gen(3)", lambda: unpack_star_mid(gen(3)))
t("*a, b, c = gen(1)", lambda: unpack_star_tail(gen(1)))
t("a, b = [1]", lambda: unpack2([1]))
t("a, b = [1, 2, 3]", lambda: unpack2([1, 2, 3]))
t("a, b = (1, 2, 3)", lambda: unpack2((1, 2, 3)))
t("a, b = 'abc'", lambda: unpack2("abc"))
t("a, b = 'ab'", lambda: unpack2("ab"))
t("a, b = {1: 2}", lambda: unpack2({1: 2}))
t("a, b = {1: 2, 3: 4}.items()", lambda: unpack2({1: 2, 3: 4}.items()))
t("a, b = range(10**6)", lambda: unpack2(range(10**6)))
t("a, b = 5", lambda: unpack2(5))
t("a, *b = 5", lambda: unpack_star_head(5))
t("a, b = None", lambda: unpack2(None))
t("a, b, *c, d = [1, 2]", lambda: unpack_star_mid([1, 2]))
t("a, b, *c, d = (1, 2, 3, 4, 5)", lambda: unpack_star_mid((1, 2, 3, 4, 5)))


class IterRaisesType:
    def __iter__(self):
        raise TypeError("from __iter__")


class IterNonIterator:
    def __iter__(self):
        return 5


class GetitemRaises:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("from __getitem__")
        return i


class GetitemSeq:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 5:
            raise IndexError(i)
        return i


for cls in [IterRaisesType, IterNonIterator, GetitemRaises, GetitemSeq]:
    t("unpack " + cls.__name__, lambda: unpack2(cls()))
    t("1 in " + cls.__name__, lambda: 1 in cls())

print("-- iter(callable, sentinel)")
f = counter()
ci = iter(f, 4)
print(type(ci).__name__, iter(ci) is ci)
print(list(ci), list(ci), f())
t("iter(5, 1)", lambda: iter(5, 1))
t("iter(None, 1)", lambda: iter(None, 1))
t("iter()", lambda: iter())
t("iter(f, 1, 2)", lambda: iter(f, 1, 2))
t("list(iter(list, []))", lambda: list(iter(list, [])))
t("pop until sentinel", lambda: list(iter([5, 4, 3, 2, 1].pop, 3)))
n = [0]


def stops():
    n[0] += 1
    if n[0] == 3:
        raise StopIteration
    return n[0]


t("StopIteration ends it", lambda: list(iter(stops, 100)))
m = [0]


def fails():
    m[0] += 1
    if m[0] == 3:
        raise ValueError("boom")
    return m[0]


fi = iter(fails, 6)
t("error propagates", lambda: list(fi))
t("iteration resumes after the error", lambda: list(fi))
t("exhausted stays exhausted", lambda: list(fi))


class EqAll:
    def __eq__(self, other):
        print("  EqAll.__eq__")
        return True


t("sentinel compared with ==", lambda: list(iter(lambda: 5, EqAll())))
t("for over callable_iterator", lambda: [x * 2 for x in iter(counter(), 3)])
t("zip with callable_iterator", lambda: list(zip("abc", iter(counter(), 10))))
t("next with default", lambda: next(iter(lambda: 1, 1), "empty"))

print("-- sort reverse argument")
for r in ["yes", "", 1.5, 0, 1, -1, True, False, None, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**100, [], Idx()]:
    name = type(r).__name__ if isinstance(r, Idx) else repr(r)
    t("sorted(reverse=" + name + ")", lambda: sorted([2, 1, 3], reverse=r))

    def sort_in_place():
        xs = [2, 1, 3]
        xs.sort(reverse=r)
        return xs

    t("list.sort(reverse=" + name + ")", sort_in_place)
t("sorted([], reverse='x')", lambda: sorted([], reverse="x"))
t("sorted(key=, reverse='x')", lambda: sorted([2, 1], key=lambda x: -x, reverse="x"))
t("sorted(['b', 'a'], reverse=2)", lambda: sorted(["b", "a"], reverse=2))

print("-- repetition counts")
for k in [-2**100, 2**100, -2**63 - 1, 2**63, -2**63, -2**63 + 1, -1, 0, 2]:
    for s in ["ab", "", [0], [], (1,), (), b"a", b""]:
        t(repr(s) + " * " + str(k), lambda: len(s * k))
        t(str(k) + " * " + repr(s), lambda: len(k * s))


def imul_list(k):
    xs = [0]
    xs *= k
    return xs


def imul_str(k):
    s = "ab"
    s *= k
    return s


for k in [-2**100, 2**100, -5, 3]:
    t("list *= " + str(k), lambda: imul_list(k))
    t("str *= " + str(k), lambda: imul_str(k))
t("'a'.__mul__(-2**100)", lambda: "a".__mul__(-2**100))
t("[1].__rmul__(2**100)", lambda: [1].__rmul__(2**100))

print("-- format codes on bools")
for spec in ["s", "5s", "r", "z", "!r", "d", "x", "#x", "X", "o", "b", "c", "n", "e", "f", ".2f", "g", "%", "",
             "5", "<5", "^6", "=5", "05", "+d", " d", ",", "_", "_b", ",x", ".1d"]:
    t("format(True, " + repr(spec) + ")", lambda: format(True, spec))
    t("format(False, " + repr(spec) + ")", lambda: format(False, spec))
t("'{:s}'.format(True)", lambda: "{:s}".format(True))
t("f'{True:s}'", lambda: f"{True:s}")
t("'{!s:s}'.format(True)", lambda: "{!s:s}".format(True))
t("'{:>6}'.format(False)", lambda: "{:>6}".format(False))
t("format(1, 's')", lambda: format(1, "s"))
t("format(2**70, 's')", lambda: format(2**70, "s"))
t("format(1.5, 'd')", lambda: format(1.5, "d"))
t("'%s %d %x %r' % bools", lambda: "%s %d %x %r" % (True, True, True, False))

print("-- except clauses with invalid entries")


def catch(exc, spec):
    try:
        raise exc
    except spec:
        return "caught"
    except BaseException as e:
        return "not caught: " + type(e).__name__


cases = [
    ("nested tuple, match inside", IndexError(), ((KeyError, (IndexError,)), ValueError)),
    ("nested tuple, match outside", ValueError(), ((KeyError, (IndexError,)), ValueError)),
    ("nested tuple, first entry", KeyError(), ((KeyError, (IndexError,)), ValueError)),
    ("only nested", ValueError(), ((ValueError,),)),
    ("junk after a match", ValueError("v"), (ValueError, 5)),
    ("junk before a match", ValueError("v"), (5, ValueError)),
    ("junk, no match", KeyError("v"), (ValueError, 5)),
    ("non-exception class in tuple", ValueError("v"), (ValueError, int)),
    ("instance in tuple", ValueError("v"), (ValueError, ValueError("x"))),
    ("empty tuple", ValueError("v"), ()),
    ("valid tuple", ValueError("v"), (KeyError, ValueError)),
    ("int", ValueError("v"), 5),
    ("str", ValueError("v"), "ValueError"),
    ("list", ValueError("v"), [ValueError]),
    ("None", ValueError("v"), None),
    ("non-exception class", ValueError("v"), int),
    ("instance", ValueError("v"), ValueError("x")),
]
for label, exc, spec in cases:
    t(label, lambda: catch(exc, spec))


def with_context():
    try:
        try:
            raise KeyError("inner")
        except (KeyError, 1):
            return "caught"
    except TypeError as e:
        return "TypeError, context " + type(e.__context__).__name__


t("the TypeError's context", with_context)

print("-- attributes on builtin exception instances")
e = KeyError("x")
e.note = "extra"
print(e.note, e.args, hasattr(e, "note"), getattr(e, "nope", "default"))
print(e.__dict__)
del e.note
t("after del", lambda: e.note)


def del_again():
    del e.note


t("del again", del_again)
e.args = ("y", 2)
print(e.args, e)
e.args = [3]
print(e.args, repr(e))


def del_args():
    del e.args


t("del e.args", del_args)
setattr(e, "z", 9)
print(e.z, sorted(e.__dict__))
delattr(e, "z")
print(e.__dict__)
v = ValueError()
v.code = 3
print(v.code, v.__dict__)
s = StopIteration(5)
s.extra = 1
print(s.value, s.extra)
s.value = 6
print(s.value, s.args)
o = OSError(2, "no such file")
o.x = 1
print(type(o).__name__, o.x, o.errno, o.strerror)


class MyError(Exception):
    pass


m = MyError(1)
m.code = 4
print(m.code, m.__dict__, m.args)
t("missing attribute", lambda: KeyError().missing)
t("class attribute", lambda: KeyError.note)
n = RuntimeError("n")
t("add_note(5)", lambda: n.add_note(5))
n.add_note("first note")
n.add_note("second")
print(n.__notes__)
n.__notes__ = "not a list"
t("add_note on a non-list", lambda: n.add_note("x"))
del n.__notes__
n.add_note("again")
print(n.__notes__)
try:
    raise n
except RuntimeError as caught:
    print("caught with notes:", caught.__notes__, caught.note if hasattr(caught, "note") else "-")
final = ValueError("final")
final.add_note("note one")
final.add_note("note two")
raise final
