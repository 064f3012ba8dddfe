# User descriptors: __set_name__, __get__ (on instances and on the class), __set__ and
# __delete__; data descriptors win over the instance dict, non-data ones lose to it.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.slot = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} of {objtype.__name__}>"
        return getattr(obj, self.slot, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.slot, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.slot)

class Item:
    name = Typed(str)
    qty = Typed(int)
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.qty})"

it = Item("bolt", 3)
print(it, sorted(vars(it)), Item.name, Item.__dict__["qty"].slot)
try:
    it.qty = "many"
except TypeError as e:
    print("TypeError:", e)
it.__dict__["qty"] = 99          # the data descriptor still wins
print(it.qty, it.__dict__["qty"])
del it.qty
print(it.qty)
try:
    del it.qty
except AttributeError as e:
    print("AttributeError:", e)

class Lazy:
    """A non-data descriptor that caches into the instance dict (like functools.cached_property)."""
    def __init__(self, func):
        self.func = func
        self.attr = None
    def __set_name__(self, owner, name):
        self.attr = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("computing", self.attr)
        v = self.func(obj)
        obj.__dict__[self.attr] = v
        return v

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        return round(3.14159 * self.r ** 2, 3)

c = Circle(2)
print(c.area, c.area, type(Circle.area).__name__, Circle.area.attr)
c.area = 1.0                      # non-data: the instance dict takes it
print(c.area)

class ReadOnly:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, objtype=None):
        return self.v
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")

class Config:
    version = ReadOnly("1.0")
class SubConfig(Config):
    pass
s = SubConfig()
print(s.version, SubConfig.version)
try:
    s.version = "2.0"
except AttributeError as e:
    print("AttributeError:", e)

class OnlyDelete:
    def __delete__(self, obj):
        print("only delete")
class Holder:
    d = OnlyDelete()
h = Holder()
print(type(h.d).__name__)
try:
    h.d = 1
except AttributeError as e:
    print("AttributeError:", e)
del h.d

class NoSetName:
    pass
class Plain:
    marker = NoSetName()
    number = 5
print(type(Plain.marker).__name__, Plain().number)

class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("refuse " + name)
try:
    class Broken:
        field = Bad()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

class Counter:
    def __set_name__(self, owner, name):
        print("named", name, "in", owner.__qualname__)
class Outer:
    a = Counter()
    b = Counter()
    class Inner:
        c = Counter()
