# __repr__/__str__ fallbacks, exceptions' str/repr, recursive containers.


class Bare:
    pass


class OnlyRepr:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "OnlyRepr(" + str(self.n) + ")"


class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"


class Both:
    def __repr__(self):
        return "Both-repr"

    def __str__(self):
        return "Both-str"


class SubOfBoth(Both):
    def __str__(self):
        return "Sub-str"


class ReprReturnsNonStr:
    def __repr__(self):
        return 42


class StrReturnsNonStr:
    def __str__(self):
        return None


b = Bare()
print("bare repr prefix:", repr(b).startswith("<__main__.Bare object at 0x"), repr(b).endswith(">"))
print("bare str == repr:", str(b) == repr(b))
print("bare in list:", repr([b])[:20] == "[<__main__.Bare obje")
print("OnlyRepr:", OnlyRepr(1), str(OnlyRepr(2)), repr(OnlyRepr(3)), [OnlyRepr(4)], (OnlyRepr(5),))
print("OnlyRepr f-string:", f"{OnlyRepr(6)}", f"{OnlyRepr(7)!r}", "%s %r" % (OnlyRepr(8), OnlyRepr(9)))
os_ = OnlyStr()
print("OnlyStr:", os_, str(os_), repr(os_).startswith("<__main__.OnlyStr object"))
print("OnlyStr in list uses repr:", repr([os_]).startswith("[<__main__.OnlyStr"))
print("Both:", Both(), str(Both()), repr(Both()), [Both()], {"k": Both()}, {Both(): 1} and "dict-key")
print("Sub:", SubOfBoth(), repr(SubOfBoth()), [SubOfBoth()])
print("format:", format(Both()), "{} {!r} {!s}".format(Both(), Both(), Both()))
print("nested:", [[OnlyRepr(1), (OnlyRepr(2), {OnlyRepr(3): [Both()]})]])
print("set of one:", {OnlyRepr(10)})
for bad in [ReprReturnsNonStr(), StrReturnsNonStr()]:
    try:
        print(str(bad))
    except TypeError as e:
        print("TypeError str:", e)
    try:
        print(repr(bad).startswith("<__main__.StrReturnsNonStr object at 0x"))
    except TypeError as e:
        print("TypeError repr:", e)

print("-- exceptions")
for e in [Exception(), Exception("one"), Exception("a", "b"), Exception(1), Exception(None),
          Exception(""), Exception(("t", 1)), ValueError("v"), KeyError("k"), KeyError(),
          KeyError("a", "b"), KeyError(1), IndexError(3), TypeError("x", 2, [3]),
          StopIteration(5), StopIteration(), ZeroDivisionError("division by zero"),
          Exception(OnlyRepr(1)), Exception(Both()), Exception([1, "s"])]:
    print(type(e).__name__, "str=" + str(e), "repr=" + repr(e), "args=" + repr(e.args), len(e.args))


class MyErr(Exception):
    pass


class MyErrStr(Exception):
    def __str__(self):
        return "custom-str"


class MyErrInit(Exception):
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code


class MyErrNoSuper(Exception):
    def __init__(self, a, b):
        self.a = a


print(str(MyErr()), repr(MyErr()), repr(MyErr("x", 1)), str(MyErr("x", 1)))
print(str(MyErrStr("ignored")), repr(MyErrStr("ignored")), [MyErrStr()])
print(str(MyErrInit(5)), repr(MyErrInit(5)), MyErrInit(5).args, MyErrInit(5).code)
print(str(MyErrNoSuper(1, 2)), repr(MyErrNoSuper(1, 2)), MyErrNoSuper(1, 2).args)
print([ValueError("in list")], (KeyError("t"),), {"e": IndexError()})
print(f"{ValueError('fs')}", f"{ValueError('fs')!r}", "%s|%r" % (KeyError("pk"), KeyError("pk")))

print("-- recursive containers")
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a))
b2 = [a, [a]]
print(b2)
d = {"k": 1}
d["self"] = d
print(d)
d2 = {"lst": []}
d2["lst"].append(d2)
print(d2)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
m = [0]
m[0] = m
print(m, m[0][0][0] is m)
print(f"{a}", "%s" % [a], str([d]))
print(repr(a) == str(a))
shared = [1]
print([shared, shared, [shared]])
print({1: shared, 2: shared})

print("-- strings in containers")
print(["a'b", 'a"b', "a'\"b", "\n", "\t\\"], ("é", "\x00", "\x7f", "\u200b"))
print({"k'": "v\"", 1.0: -0.0, None: True, (): frozenset()})
print(str("plain"), repr("plain"), [str(1.5)], [repr(1.5)])
print(repr(set()), repr(frozenset()), repr({}), repr(()), repr((1,)), repr([]), repr(range(0, 3, 2)))
print(repr(frozenset([1])), repr(dict()), repr(Ellipsis), repr(NotImplemented), repr(type(None)))
print(repr(int), repr(str), repr(Exception), repr(Bare).startswith("<class '__main__.Bare'"))
print(repr(len), str(print))
