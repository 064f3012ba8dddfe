# Nested classes, class attributes vs instance attributes, class-level mutable state,
# methods referring to module globals and class names.
LIMIT = 3

class Outer:
    registry = []

    class Inner:
        def __init__(self, v):
            self.v = v

        def __repr__(self):
            return f"Inner({self.v})"

    def __init__(self, name):
        self.name = name
        self.children = [Outer.Inner(i) for i in range(LIMIT)]
        Outer.registry.append(name)

    def describe(self):
        return f"{self.name}: {self.children}"


a = Outer("a")
b = Outer("b")
print(a.describe(), Outer.registry, a.registry is b.registry)
print(Outer.Inner.__qualname__, type(a.children[0]).__name__)

class Config:
    debug = False
    level = 1

c1, c2 = Config(), Config()
c1.debug = True
Config.level = 5
print(c1.debug, c2.debug, Config.debug, c1.level, c2.level)
del c1.debug
print(c1.debug)

class Tally:
    items = []          # shared by all instances (a classic surprise)

    def add(self, x):
        self.items.append(x)
        return self

t1, t2 = Tally(), Tally()
t1.add(1)
t2.add(2)
print(t1.items, t2.items, Tally.items)

def make_class(base_value):
    class Dyn:
        value = base_value
        def get(self):
            return self.value * 2
    return Dyn

D1, D2 = make_class(1), make_class(10)
print(D1().get(), D2().get(), D1 is D2, D1.__name__)
