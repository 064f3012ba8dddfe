# Explicit special methods of the builtin types: bound (method-wrapper), through the type
# (slot wrapper), NotImplemented for foreign operands, dunders as function values.


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print([1].__len__(), (3).__add__(4))

# ints and bools
show("int add", lambda: (3).__add__(4))
show("int add str", lambda: (3).__add__("x"))
show("int add float", lambda: (3).__add__(1.5))
show("int radd", lambda: (3).__radd__(4))
show("int sub rsub", lambda: ((10).__sub__(3), (3).__rsub__(10)))
show("int mul rmul", lambda: ((6).__mul__(7), (6).__rmul__(7), (6).__mul__([1])))
show("int truediv", lambda: ((7).__truediv__(2), (7).__rtruediv__(2), (7).__truediv__(2.0)))
show("int floordiv mod", lambda: ((7).__floordiv__(2), (7).__mod__(2), (-7).__rfloordiv__(2), (3).__rmod__(10)))
show("int divmod", lambda: ((7).__divmod__(2), (3).__rdivmod__(7), (7).__divmod__(2.0)))
show("int pow", lambda: ((2).__pow__(10), (2).__pow__(-1), (2).__rpow__(3), (2).__pow__(3, 5), (3).__rpow__(2, 5)))
show("int pow notimpl", lambda: ((2).__pow__(0.5), (2).__pow__(2.0, 5), (2).__pow__(2, 5.0)))
show("int shifts", lambda: ((1).__lshift__(4), (16).__rshift__(2), (1).__rlshift__(4), (2).__rrshift__(16)))
show("int bitwise", lambda: ((6).__and__(3), (6).__or__(3), (6).__xor__(3), (6).__rand__(3), (6).__ror__(3), (6).__rxor__(3)))
show("bool bitwise", lambda: (True.__and__(False), True.__or__(False), True.__xor__(True), True.__and__(1), True.__rand__(1)))
show("bool arith", lambda: (True.__add__(1), True.__add__(True), True.__neg__(), True.__invert__(), True.__pos__()))
show("int unary", lambda: ((3).__neg__(), (3).__pos__(), (-3).__abs__(), (3).__invert__()))
show("int conversions", lambda: ((3).__int__(), (3).__float__(), (3).__index__(), (0).__bool__(), (5).__bool__()))
show("bool conversions", lambda: (True.__int__(), True.__index__(), True.__float__(), False.__bool__()))
show("int rounding", lambda: ((7).__round__(), (25).__round__(-1), (35).__round__(-1), (7).__trunc__(), (7).__floor__(), (7).__ceil__()))
show("int getnewargs", lambda: ((3).__getnewargs__(), True.__getnewargs__()))
show("int compare", lambda: ((1).__eq__(1), (1).__ne__(1), (1).__lt__(2), (1).__le__(0), (2).__gt__(1), (2).__ge__(3)))
show("int compare foreign", lambda: ((3).__eq__(3.0), (3).__eq__("3"), (3).__lt__(2.5), (3).__ne__(3.0), (3).__lt__(True)))
show("int hash", lambda: ((3).__hash__(), (-1).__hash__(), True.__hash__(), (2 ** 70).__hash__()))
show("int str repr", lambda: ((3).__str__(), (3).__repr__(), True.__repr__(), True.__str__(), (2 ** 70).__repr__()))
show("int format", lambda: ((3).__format__("05d"), (3).__format__(""), (255).__format__("x"), True.__format__(""), True.__format__("d")))
show("int divide by zero", lambda: (7).__truediv__(0))
show("int mod zero", lambda: (7).__mod__(0))
show("int mod float zero", lambda: (7).__mod__(0.0))
show("int zero pow negative", lambda: (0).__pow__(-1))
show("int pow mod zero", lambda: (2).__pow__(2, 0))
show("bigint add", lambda: (2 ** 64).__add__(2 ** 64))
show("bigint neg", lambda: (2 ** 64).__neg__())

# floats
show("float add", lambda: ((1.5).__add__(2), (1.5).__add__(True), (1.5).__add__(0.25), (1.5).__add__("x")))
show("float radd", lambda: ((1.5).__radd__(3), (1.5).__rsub__(3), (1.5).__rsub__("x"), (2.0).__rtruediv__(1)))
show("float ops", lambda: ((7.5).__floordiv__(2), (7.5).__mod__(2), (7.5).__divmod__(2), (2.0).__pow__(0.5), (2.0).__rpow__(3)))
show("float unary", lambda: ((2.5).__neg__(), (-2.5).__abs__(), (2.5).__pos__(), (2.5).__bool__(), (0.0).__bool__()))
show("float conversions", lambda: ((2.7).__int__(), (2.7).__float__(), (-2.7).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__()))
show("float round", lambda: ((7.5).__round__(), (6.5).__round__(), (7.25).__round__(1), (3.5).__round__(None)))
show("float compare", lambda: ((3.0).__eq__(3), (3.0).__ne__(3), (3.0).__lt__(4), (3.0).__lt__("a"), (3.0).__ge__(2.5)))
show("float hash", lambda: ((2.5).__hash__(), (3.0).__hash__() == hash(3)))
show("float repr format", lambda: ((0.1).__repr__(), (1e300).__str__(), (2.5).__format__(".3f"), (2.5).__format__("")))
show("float pow mod", lambda: (2.0).__pow__(2, 5))
show("float mod zero", lambda: (7.0).__mod__(0))
show("float inf int", lambda: float("inf").__int__())

# strings
show("str add", lambda: "a".__add__("b"))
show("str add int", lambda: "a".__add__(1))
show("str mul", lambda: ("ab".__mul__(3), "ab".__rmul__(2), "ab".__mul__(0), "ab".__mul__(True)))
show("str mul str", lambda: "a".__mul__("x"))
show("str mod", lambda: ("%d-%s".__mod__((3, "x")), "%s".__mod__(5), "a".__rmod__(3)))
show("str rmod str", lambda: "%s".__rmod__("x"))
show("str len contains", lambda: ("abc".__len__(), "abc".__contains__("b"), "abc".__contains__("z")))
show("str contains int", lambda: "abc".__contains__(1))
show("str getitem", lambda: ("abc".__getitem__(1), "abc".__getitem__(-1), "abcdef".__getitem__(slice(1, 5, 2))))
show("str getitem bad", lambda: "abc".__getitem__(5))
show("str iter", lambda: list("abc".__iter__()))
show("str compare", lambda: ("a".__lt__("b"), "a".__eq__("a"), "a".__eq__(1), "a".__lt__(1), "b".__ge__("a")))
show("str hash", lambda: "abc".__hash__() == hash("abc"))
show("str str repr", lambda: ("ab".__str__(), "ab".__repr__(), "a'b".__repr__()))
show("str format", lambda: ("x".__format__(">3"), "x".__format__("")))
show("str format bad", lambda: "x".__format__(1))
show("str getnewargs", lambda: "ab".__getnewargs__())

# bytes and bytearray
show("bytes add", lambda: (b"a".__add__(b"b"), b"a".__add__(bytearray(b"b")), bytearray(b"a").__add__(b"b")))
show("bytes add str", lambda: b"a".__add__("x"))
show("bytearray add str", lambda: bytearray(b"a").__add__("x"))
show("bytes mul", lambda: (b"ab".__mul__(2), b"ab".__rmul__(3), bytearray(b"x").__mul__(2)))
show("bytes mod", lambda: (b"%d".__mod__(5), b"a".__rmod__(3)))
show("bytes len getitem", lambda: (b"abc".__len__(), b"abc".__getitem__(0), b"abc".__getitem__(slice(1, None)), b"abc".__contains__(98)))
show("bytes iter", lambda: list(b"ab".__iter__()))
show("bytes compare", lambda: (b"a".__eq__(b"a"), b"a".__eq__("a"), b"a".__eq__(bytearray(b"a")), bytearray(b"a").__eq__(b"a"), b"a".__lt__(b"b")))
show("bytes hash", lambda: b"abc".__hash__() == hash(b"abc"))
show("bytes repr str", lambda: (b"a\n".__repr__(), bytearray(b"x").__repr__()))
show("bytes bytes", lambda: b"xy".__bytes__())
ba = bytearray(b"abc")
show("bytearray setitem", lambda: (ba.__setitem__(0, 65), ba))
show("bytearray delitem", lambda: (ba.__delitem__(1), ba))
show("bytearray iadd", lambda: (ba.__iadd__(b"zz"), ba))
show("bytearray imul", lambda: (ba.__imul__(2), ba))
show("bytearray hash", lambda: bytearray.__hash__)

# lists
xs = [3, 1, 2]
show("list len", lambda: xs.__len__())
show("list contains", lambda: (xs.__contains__(2), xs.__contains__(9)))
show("list getitem", lambda: (xs.__getitem__(0), xs.__getitem__(-1), xs.__getitem__(slice(0, 2))))
show("list getitem bad", lambda: xs.__getitem__(10))
show("list getitem str", lambda: xs.__getitem__("a"))
show("list setitem", lambda: (xs.__setitem__(0, 30), xs))
show("list setitem slice", lambda: (xs.__setitem__(slice(1, 2), [7, 8]), xs))
show("list delitem", lambda: (xs.__delitem__(0), xs))
show("list add", lambda: xs.__add__([5]))
show("list add tuple", lambda: xs.__add__((5,)))
show("list mul", lambda: ([1, 2].__mul__(2), [1].__rmul__(3), [1].__mul__(-1)))
show("list mul float", lambda: [1].__mul__(2.0))
show("list iadd", lambda: (xs.__iadd__((9,)), xs))
show("list imul", lambda: ([1, 2].__imul__(2)))
show("list iter", lambda: list(xs.__iter__()))
show("list reversed", lambda: list(xs.__reversed__()))
show("list compare", lambda: ([1].__eq__([1]), [1].__ne__([1]), [1].__eq__((1,)), [1].__lt__([2]), [1].__ge__([0]), [1].__ne__("x")))
show("list hash attr", lambda: ([].__hash__, list.__hash__))
show("list hash call", lambda: [].__hash__())
show("list repr str", lambda: ([1, "a"].__repr__(), [1, "a"].__str__()))
show("list format", lambda: [1].__format__(""))
show("list format spec", lambda: [1].__format__("x"))
ys = [1, 2]
show("list init", lambda: (ys.__init__([5, 6, 7]), ys))
show("list init empty", lambda: (ys.__init__(), ys))

# tuples
t = (1, 2, 3)
show("tuple basics", lambda: (t.__len__(), t.__getitem__(-1), t.__contains__(2), t.__add__((4,)), t.__mul__(2)))
show("tuple add list", lambda: t.__add__([4]))
show("tuple compare", lambda: ((1, 2).__lt__((1, 3)), (1,).__lt__([2]), (1,).__eq__((1,)), t.__hash__() == hash(t)))
show("tuple iter", lambda: list(t.__iter__()))
show("tuple getnewargs repr", lambda: (t.__getnewargs__(), t.__repr__(), (1,).__repr__()))

# dicts
d = {"a": 1, "b": 2}
show("dict basics", lambda: (d.__len__(), d.__getitem__("a"), d.__contains__("b"), d.__contains__("z")))
show("dict getitem missing", lambda: d.__getitem__("z"))
show("dict setitem", lambda: (d.__setitem__("c", 3), d))
show("dict delitem", lambda: (d.__delitem__("a"), d))
show("dict delitem missing", lambda: d.__delitem__("a"))
show("dict iter", lambda: list(d.__iter__()))
show("dict reversed", lambda: list(d.__reversed__()))
show("dict or", lambda: ({"a": 1}.__or__({"b": 2}), {"a": 1}.__or__([]), {"a": 1}.__ror__({"b": 2})))
show("dict ior", lambda: ({1: 2}.__ior__([(3, 4)]), {1: 2}.__ior__({5: 6})))
show("dict ior bad", lambda: {1: 2}.__ior__(1))
show("dict compare", lambda: ({}.__eq__({}), {}.__lt__({}), {}.__eq__([]), {"a": 1}.__ne__({"a": 2})))
show("dict hash", lambda: (dict.__hash__, {}.__hash__))
show("dict repr", lambda: {"k": [1]}.__repr__())
dd = {"x": 1}
show("dict init", lambda: (dd.__init__([("y", 2)], z=3), dd))

# sets and frozensets
s = {1, 2, 3}
fs = frozenset({2, 3, 4})
show("set len contains", lambda: (s.__len__(), s.__contains__(2), s.__contains__(9), fs.__contains__(4)))
show("set ops", lambda: (sorted(s.__and__(fs)), sorted(s.__or__({9})), sorted(s.__sub__(fs)), sorted(s.__xor__(fs))))
show("set reflected", lambda: (sorted({1}.__rsub__({1, 2})), sorted(s.__rand__(fs)), type(s.__rand__(fs)).__name__))
show("frozenset ops", lambda: (type(fs.__or__({1})).__name__, sorted(fs.__or__({1})), fs.__and__([1])))
show("set ops list", lambda: (s.__and__([1]), s.__or__([1]), s.__sub__((1,)), s.__xor__("a")))
show("set compare", lambda: ({1}.__le__(frozenset({1, 2})), {1}.__lt__([1]), {1, 2}.__eq__({2, 1}), {1}.__gt__(set()), fs.__eq__({2, 3, 4})))
show("set inplace", lambda: (sorted({1}.__ior__({2})), {1}.__ior__([2]), sorted({1, 2}.__iand__({2})), sorted({1, 2}.__isub__({2})), sorted({1}.__ixor__({1, 5}))))
show("set hash", lambda: (set.__hash__, fs.__hash__() == hash(fs)))
show("set iter", lambda: sorted(s.__iter__()))
show("set repr", lambda: (set().__repr__(), {5}.__repr__(), frozenset().__repr__()))
s2 = {1}
show("set init", lambda: (s2.__init__("ab"), sorted(s2)))

# ranges
r = range(1, 10, 2)
show("range basics", lambda: (r.__len__(), r.__getitem__(1), r.__getitem__(-1), r.__contains__(5), r.__contains__(4), r.__bool__()))
show("range slice", lambda: r.__getitem__(slice(1, 3)))
show("range empty bool", lambda: range(0).__bool__())
show("range compare", lambda: (range(3).__eq__(range(3)), range(3).__eq__([0, 1, 2]), range(3).__lt__(range(3)), range(0).__eq__(range(5, 5))))
show("range hash", lambda: range(3).__hash__() == hash(range(3)))
show("range iter reversed", lambda: (list(r.__iter__()), list(r.__reversed__())))
show("range repr", lambda: r.__repr__())

# None and object
show("none", lambda: (None.__eq__(None), None.__eq__(1), None.__ne__(None), None.__ne__(1), None.__lt__(None)))
show("none more", lambda: (None.__bool__(), None.__repr__(), None.__str__(), None.__hash__() == hash(None), None.__format__("")))
o = object()
show("object", lambda: (o.__eq__(o), o.__eq__(1), o.__ne__(1), o.__ne__(o), o.__lt__(o), o.__hash__() == hash(o)))
show("object format", lambda: o.__format__("") == str(o))
show("object format spec", lambda: o.__format__("x"))
show("object init", lambda: o.__init__())
show("object init args", lambda: o.__init__(1))
show("int init", lambda: (3).__init__())
show("setattr on int", lambda: (3).__setattr__("x", 1))
show("setattr readonly", lambda: (3).__setattr__("real", 1))
show("getattribute", lambda: ((3).__getattribute__("real"), "ab".__getattribute__("upper")()))
show("getattribute bad", lambda: (3).__getattribute__(1))

# iterators
it = iter([1, 2])
show("iter next", lambda: (it.__next__(), it.__iter__() is it, it.__next__()))
show("iter exhausted", lambda: it.__next__())
show("dict items iter", lambda: {"a": 1}.items().__iter__().__next__())
show("keys view", lambda: ({"a": 1}.keys().__len__(), {"a": 1}.keys().__contains__("a"), list({"a": 1, "b": 2}.values().__reversed__())))

# through the type (unbound)
show("int.__add__", lambda: (int.__add__(3, 4), int.__add__(3, "x"), int.__add__(True, 3), bool.__add__(True, 3)))
show("int.__add__ wrong self", lambda: int.__add__("x", 3))
show("int.__and__ bools", lambda: (int.__and__(True, True), bool.__and__(True, True)))
show("bool.__and__ int self", lambda: bool.__and__(1, True))
show("float.__add__", lambda: (float.__add__(1.0, 2), float.__radd__(1.0, 2)))
show("float.__add__ int self", lambda: float.__add__(1, 2))
show("int.__repr__ bool", lambda: (int.__repr__(True), int.__str__(True), int.__format__(True, ""), int.__neg__(True)))
show("list.__len__", lambda: (list.__len__([1, 2]), str.__len__("ab"), dict.__getitem__({1: 2}, 1)))
show("list.__len__ no self", lambda: list.__len__())
show("list.__len__ extra", lambda: list.__len__([1], 2))
show("str.__len__ wrong", lambda: str.__len__(1))
show("list.__getitem__ wrong", lambda: list.__getitem__(1, 0))
show("list.__getitem__ none", lambda: list.__getitem__())
show("object.__eq__", lambda: (object.__eq__(3, 3), object.__eq__(3, 4), object.__ne__(3, 4), object.__ne__(3, 3)))
show("object.__str__", lambda: (object.__str__(3), object.__str__("a"), object.__format__(3, "")))
show("object.__format__ spec", lambda: object.__format__(3, "x"))
show("object.__lt__", lambda: object.__lt__(1, 2))

# argument errors
show("too few", lambda: (3).__add__())
show("too many", lambda: (3).__add__(1, 2))
show("keyword", lambda: (3).__add__(x=1))
show("unary extra", lambda: (3).__neg__(1))
show("pow none", lambda: (3).__pow__())
show("pow many", lambda: (3).__pow__(1, 2, 3))
show("setitem few", lambda: [].__setitem__(0))
show("getitem none", lambda: [].__getitem__())
show("dict contains none", lambda: {}.__contains__())
show("format none", lambda: (3).__format__())
show("round many", lambda: (3).__round__(1, 2))
show("round none", lambda: (3).__round__(None))
show("reversed extra", lambda: [].__reversed__(1))
show("format int", lambda: [].__format__(1))

# names, types and identities of the method objects
m = [1, 2].__len__
print(type(m).__name__, m.__name__, m.__self__, m())
print(type(list.__len__).__name__, list.__len__.__name__)
print(type([].__getitem__).__name__, type(list.__getitem__).__name__, type((3).__format__).__name__, type(int.__format__).__name__)
print(str(int.__add__), str(int.__format__), str(object.__eq__), str(bool.__add__), str(bool.__and__), str(list.__getitem__))
print(repr([].__len__).startswith("<method-wrapper '__len__' of list object at 0x"))
print(repr((3).__format__).startswith("<built-in method __format__ of int object at 0x"))
print((3).__add__ == (3).__add__, [].__len__.__call__())
print(hasattr(3, "__add__"), hasattr(2.5, "__and__"), hasattr([], "__bool__"), hasattr(None, "__bool__"), hasattr("", "__iter__"))
print(callable([].__len__), callable(int.__add__))
show("float has no and", lambda: (2.0).__and__(1))
show("list has no bool", lambda: [].__bool__())

# dunders as function values
words = ["ccc", "a", "bb", "dddd"]
print(sorted(words, key=str.__len__))
print(sorted(words, key=len, reverse=True))
print(list(map(int.__neg__, [1, -2, 3])))
print(list(map((10).__sub__, [1, 2, 3])))
print(list(map((10).__rsub__, [1, 2, 3])))
print(list(filter((3).__lt__, [1, 5, 2, 7])))
print(list(filter([1, 3].__contains__, [1, 2, 3, 4])))
print(list(map({"a": 1, "b": 2}.__getitem__, ["b", "a"])))
print(list(map(str.__upper__ if hasattr(str, "__upper__") else str.upper, ["x", "y"])))
add = int.__add__
print(add(2, 3), list(map(int.__mul__, [1, 2, 3], [4, 5, 6])))
ops = [float.__add__, float.__sub__, float.__mul__, float.__truediv__]
print([f(6.0, 4.0) for f in ops])
print([f(6.0, "x") for f in ops])
total = 0
for x in [1, 2, 3]:
    total = total.__add__(x)
print(total)


class Acc:
    def __init__(self):
        self.items = []

    def __len__(self):
        return self.items.__len__()

    def __eq__(self, other):
        if not isinstance(other, Acc):
            return NotImplemented
        return self.items.__eq__(other.items)

    def __ne__(self, other):
        return super().__ne__(other)

    def __repr__(self):
        return "Acc(" + self.items.__repr__() + ")"


a1 = Acc()
a1.items.append(1)
a2 = Acc()
a2.items.append(1)
print(len(a1), a1 == a2, a1 != a2, a1.__eq__(3), a1.__ne__(a2), a1.__ne__(Acc()), a1 != 3)
print(object.__eq__(a1, a1), object.__eq__(a1, a2), object.__ne__(a1, a2), a1.__lt__(a2), a1.__ge__(3))
print(a1.__repr__(), object.__repr__(a1).startswith("<__main__.Acc object at 0x"), a1.__str__(), a1.__format__(""))
print(Acc.__eq__(a1, a2), Acc.__len__(a1), type(a1.__hash__).__name__ if a1.__hash__ is not None else a1.__hash__)
