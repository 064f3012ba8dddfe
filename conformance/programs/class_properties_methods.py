# @property (getter/setter/deleter) with inheritance and overriding, staticmethod, classmethod,
# class attributes shared vs instance shadowing, class-level mutable defaults, class decorators.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget is not None, Temperature.fahrenheit.fset)

class Kelvin(Temperature):
    @property
    def celsius(self):
        return round(self._c, 1)
k = Kelvin(12.345)
print(k.celsius, k.fahrenheit)
try:
    k.celsius = 3
except AttributeError as e:
    print("AttributeError:", e)

class Loud(Temperature):
    @Temperature.celsius.setter
    def celsius(self, v):
        print("setting", v)
        self._c = v
l = Loud(1)
l.celsius = 50
print(l.celsius)

def make_prop(attr):
    return property(lambda self: getattr(self, attr) * 2, doc="doubled")
class Doubler:
    a = make_prop("_a")
    def __init__(self):
        self._a = 21
print(Doubler().a)

class Counter:
    count = 0
    registry = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.registry.append(name)
    @classmethod
    def create(cls, name):
        return cls(name)
    @classmethod
    def kind(cls):
        return cls.__name__
    @staticmethod
    def helper(x, y=1):
        return x * 10 + y

class SubCounter(Counter):
    pass

a = Counter("a")
b = SubCounter.create("b")
print(type(b).__name__, Counter.count, SubCounter.count, a.registry is b.registry, Counter.registry)
print(Counter.kind(), SubCounter.kind(), b.kind(), a.helper(4), Counter.helper(5, y=2), b.helper(1))
a.count = 99
print(a.count, b.count, Counter.count, "count" in a.__dict__)
del a.count
print(a.count)
SubCounter.count = 7
print(Counter.count, SubCounter.count, b.count)
sm = Counter.helper
print(sm(2), type(Counter.__dict__["helper"]).__name__, type(Counter.__dict__["create"]).__name__)

class Config:
    defaults = {"debug": False}
    def set(self, k, v):
        self.defaults[k] = v
c1, c2 = Config(), Config()
c1.set("debug", True)
print(c2.defaults, Config.defaults)
c2.defaults = {"own": 1}
print(c1.defaults, c2.defaults)

def register(cls):
    cls.registered = True
    cls.tag = cls.__name__.lower()
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@register
@add_repr
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
print(Item("pen", 3), Item.registered, Item.tag)

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Db:
    def __init__(self, url):
        self.url = url
print(Db("a").url, Db("b").url, Db("c") is Db("d"))

class Method:
    def m(self):
        return self
mm = Method()
bound = mm.m
print(bound() is mm, Method.m(mm) is mm, bound.__self__ is mm, bound.__func__ is Method.m)
print(bound == mm.m, Method.m.__name__, Method.m.__qualname__, callable(Method.m), callable(mm))
