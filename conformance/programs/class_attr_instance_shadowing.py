# Class attributes vs instance attributes: shadowing, mutation through the
# class, shared mutable class attributes, deletion falling back to the class.


class Counter:
    count = 0
    tags = []
    label = "base"

    def __init__(self, name):
        self.name = name
        Counter.count += 1

    def bump_instance(self):
        self.count += 1  # creates an instance attribute shadowing the class one
        return self.count

    def add_tag(self, t):
        self.tags.append(t)  # mutates the shared class list

    def replace_tags(self, ts):
        self.tags = ts  # rebinds on the instance only


a = Counter("a")
b = Counter("b")
print("class count:", Counter.count, a.count, b.count)
print("a.bump:", a.bump_instance(), "class:", Counter.count, "b:", b.count)
print("a dict keys:", sorted(vars(a)))
print("b dict keys:", sorted(vars(b)))
Counter.count = 100
print("after class set:", Counter.count, a.count, b.count)
del a.count
print("after del a.count:", a.count)
try:
    del a.count
except AttributeError as e:
    print("second del:", e)

a.add_tag("x")
b.add_tag("y")
print("shared tags:", a.tags, b.tags, Counter.tags, a.tags is b.tags)
a.replace_tags(["own"])
print("after replace:", a.tags, b.tags, Counter.tags)
a.tags.append("more")
print("a own append:", a.tags, Counter.tags)
del a.tags
print("a tags fall back:", a.tags)
a.tags += ["via-iadd"]
print("after a.tags += (aliases class list, then binds instance):", a.tags, Counter.tags, "tags" in vars(a), a.tags is Counter.tags)

a.label = "inst"
print("labels:", a.label, b.label, Counter.label)
Counter.label = "changed"
print("labels after class change:", a.label, b.label, Counter.label)


class Sub(Counter):
    label = "sub"


s = Sub("s")
print("sub:", s.label, Sub.label, Counter.label, s.count, Sub.count, Counter.count)
Sub.count = 5
print("sub count:", Sub.count, Counter.count, s.count)
del Sub.count
print("sub count after del:", Sub.count, s.count)
try:
    del Sub.count
except AttributeError as e:
    print("del inherited class attr:", e)
s.add_tag("from-sub")
print("sub tags shared with base:", Counter.tags)


class Methods:
    def greet(self):
        return "method"


m = Methods()
print("method:", m.greet())
m.greet = lambda: "instance lambda"
print("shadowed by instance:", m.greet(), Methods().greet())
del m.greet
print("restored:", m.greet())
Methods.greet = lambda self: "patched"
print("class patched:", m.greet(), Methods().greet())


class Defaults:
    x = 1
    y = [1]

    def __init__(self, override):
        if override:
            self.x = 99

    def show(self):
        return (self.x, type(self).x, Defaults.x)


d1 = Defaults(True)
d2 = Defaults(False)
print("d1/d2:", d1.show(), d2.show())
Defaults.x = 7
print("after class x=7:", d1.show(), d2.show())
d2.y = d2.y + [2]
print("y rebinding:", d2.y, Defaults.y, d1.y)
d1.y += [3]
print("y iadd:", d1.y, Defaults.y, d2.y)


class Shape:
    sides = 0

    def describe(self):
        return type(self).__name__ + " has " + str(self.sides) + " sides"


class Tri(Shape):
    sides = 3


class Sq(Shape):
    pass


sq = Sq()
print(Tri().describe(), "|", sq.describe())
Sq.sides = 4
print(sq.describe())
sq.sides = 44
print(sq.describe(), Sq.sides)
Shape.sides = -1
print(Shape().describe(), Tri().describe(), Sq().describe())
del Sq.sides
print(Sq().describe(), sq.describe())

print("hasattr class-only:", hasattr(Counter, "name"), hasattr(a, "name"))
print("getattr default:", getattr(Counter, "name", "missing"))
print("vars class has count:", "count" in vars(Counter), "count" in vars(Sub))
