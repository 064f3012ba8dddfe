# AttributeError messages (str(e) never includes "Did you mean" suggestions).
import sys


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except AttributeError as e:
        print(label, "!! AttributeError |", str(e), "|", repr(e.args))
    except Exception as e:
        print(label, "!!", type(e).__name__, "|", str(e))


class Plain:
    kind = "plain"

    def __init__(self):
        self.x = 1

    def method(self):
        return self.x


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 10


class WithGetattr:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError("no dynamic attribute " + name)


class Child(Plain):
    pass


class Prop:
    @property
    def value(self):
        return self.missing_inner

    @property
    def ro(self):
        return 5


NONE = None
p = Plain()
s = Slotted()
w = WithGetattr()
c = Child()
pr = Prop()

show("None.foo", lambda: NONE.foo)
show("None.append", lambda: NONE.append)
show("(5).foo", lambda: (5).foo)
show("(5).real", lambda: (5).real)
show("(2.5).imag", lambda: (2.5).imag)
show("(2.5).nope", lambda: (2.5).nope)
show("'s'.nope", lambda: "s".nope)
show("[].nope", lambda: [].nope)
show("().append", lambda: ().append)
show("{}.append", lambda: {}.append)
show("set().append", lambda: set().append)
show("True.nope", lambda: True.nope)
show("p.x", lambda: p.x)
show("p.y", lambda: p.y)
show("p.kind", lambda: p.kind)
show("p.method()", lambda: p.method())
show("Plain.y", lambda: Plain.y)
show("Plain.kind", lambda: Plain.kind)
show("Plain.x", lambda: Plain.x)
show("c.y", lambda: c.y)
show("Child.zzz", lambda: Child.zzz)
show("s.a", lambda: s.a)
show("s.b (unset slot)", lambda: s.b)
show("s.c", lambda: s.c)
show("w.dyn_hello", lambda: w.dyn_hello)
show("w.other", lambda: w.other)
show("pr.ro", lambda: pr.ro)
show("pr.value", lambda: pr.value)
show("sys.nosuch", lambda: sys.nosuch)
show("sys.maxsize > 0", lambda: sys.maxsize > 0)
show("getattr(p, 'y')", lambda: getattr(p, "y"))
show("getattr(p, 'y', 7)", lambda: getattr(p, "y", 7))
show("getattr(None, 'z', 'dflt')", lambda: getattr(None, "z", "dflt"))
show("hasattr(p, 'x')", lambda: hasattr(p, "x"))
show("hasattr(p, 'y')", lambda: hasattr(p, "y"))
show("hasattr(s, 'b')", lambda: hasattr(s, "b"))
show("hasattr(w, 'dyn_q')", lambda: hasattr(w, "dyn_q"))
show("hasattr(w, 'q')", lambda: hasattr(w, "q"))
show("hasattr(pr, 'value')", lambda: hasattr(pr, "value"))


def set_slot_c():
    s.c = 3


def set_ro():
    pr.ro = 9


def set_int_attr():
    n = 5
    n.foo = 1


def set_none_attr():
    NONE.foo = 1


def set_str_attr():
    "abc".upper = None


def del_missing():
    del p.nothing


def del_slot_b():
    del s.b


def del_then_read():
    q = Plain()
    del q.x
    return q.x


def del_ro():
    del pr.ro


def set_list_attr():
    [].x = 1


def set_builtin_class_attr():
    setattr(int, "foo", 1)


show("s.c = 3", set_slot_c)
show("pr.ro = 9", set_ro)
show("n.foo = 1", set_int_attr)
show("None.foo = 1", set_none_attr)
show("'abc'.upper = None", set_str_attr)
show("del p.nothing", del_missing)
show("del s.b", del_slot_b)
show("del q.x; q.x", del_then_read)
show("del pr.ro", del_ro)
show("[].x = 1", set_list_attr)
show("setattr(int, 'foo', 1)", set_builtin_class_attr)

p.y = 20
show("p.y after set", lambda: p.y)
setattr(p, "z", 30)
show("p.z after setattr", lambda: p.z)
delattr(p, "z")
show("p.z after delattr", lambda: p.z)
Plain.extra = "cls"
show("p.extra via class", lambda: p.extra)
show("c.extra via base", lambda: c.extra)
del Plain.extra
show("p.extra after del", lambda: p.extra)

try:
    NONE.upper()
except AttributeError as e:
    print("method call on None:", e)
try:
    (1).bit_length_x()
except AttributeError as e:
    print("method call on int:", e)

try:
    p.nope
except AttributeError as e:
    print("name/obj:", e.name, e.obj is p)
try:
    sys.nope
except AttributeError as e:
    print("module msg:", str(e))
