# __getattr__, __getattribute__, __setattr__, __delattr__, getattr/setattr/hasattr/delattr with computed names.
class Record:
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)
    def __getattr__(self, name):
        if name.startswith("get_"):
            field = name[4:]
            return lambda: getattr(self, field)
        raise AttributeError(f"Record has no field {name!r}")

r = Record(name="Ada", age=36)
print(r.name, r.age, r.get_name(), r.get_age())
print(hasattr(r, "name"), hasattr(r, "salary"), getattr(r, "salary", "n/a"))
try:
    r.salary
except AttributeError as e:
    print("AttributeError:", e)
for attr in ["x" + str(i) for i in range(3)]:
    setattr(r, attr, len(attr) * 10)
print(r.x0, r.x1, getattr(r, "x2"), sorted(vars(r)), r.__dict__["x1"])
delattr(r, "x1")
print(hasattr(r, "x1"))
del r.x2
print(sorted(r.__dict__))

class Logged:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)

l = Logged()
l.a = 1
l.b = 2
l.a += 5
del l.b
print(l.log, l.a, hasattr(l, "b"), vars(l))
try:
    del l.zzz
except AttributeError as e:
    print("AttributeError:", e)

class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign {name!r}: Frozen is immutable")
f = Frozen(3)
try:
    f.x = 4
except AttributeError as e:
    print("AttributeError:", e)
print(f.x)

class Spy:
    def __init__(self):
        self.hits = 0
        self.value = 10
    def __getattribute__(self, name):
        if name not in ("hits", "__dict__"):
            d = object.__getattribute__(self, "__dict__")
            d["hits"] = d["hits"] + 1
        return object.__getattribute__(self, name)
    def double(self):
        return self.value * 2
s = Spy()
print(s.value, s.double(), s.hits)
try:
    s.missing
except AttributeError as e:
    print("AttributeError:", e, s.hits)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom not here")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
b = Both()
print(b.boom, b.other, getattr(b, "boom"), hasattr(b, "anything"))

class Plain:
    cls_attr = "shared"
p = Plain()
p.dynamic = 1
print(vars(p), p.__dict__, "cls_attr" in vars(Plain), Plain.__dict__["cls_attr"])
p.__dict__["injected"] = "via dict"
print(p.injected, getattr(p, "cls_attr"))
setattr(Plain, "added_later", 99)
print(p.added_later, Plain.added_later)
names = ["alpha", "beta"]
for i, n in enumerate(names):
    setattr(p, n, i)
print([getattr(p, n) for n in names])
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(p, None, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(p, "nothing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
