# Errors in __init__, keyword forwarding through super().__init__(**kw), defaults in methods.
class Base:
    def __init__(self, name, *, verbose=False, **extra):
        if not name:
            raise ValueError("name required")
        self.name = name
        self.verbose = verbose
        self.extra = extra

class Child(Base):
    def __init__(self, name, level=1, **kw):
        super().__init__(name, **kw)
        self.level = level

c = Child("x", level=3, verbose=True, color="red")
print(c.name, c.level, c.verbose, c.extra)
try:
    Child("")
except ValueError as e:
    print("ValueError:", e)
try:
    Child("y", 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Base("z", True)
except TypeError as e:
    print("TypeError:", e)

class Cart:
    def __init__(self, items=None):
        self.items = list(items) if items is not None else []
    def add(self, item, qty=1, *, note=""):
        self.items.append((item, qty, note))
        return self

cart = Cart().add("apple").add("pear", 2, note="ripe")
print(cart.items, Cart(("a",)).items)
try:
    cart.add()
except TypeError as e:
    print("TypeError:", e)
try:
    cart.add("x", note="a", colour="b")
except TypeError as e:
    print("TypeError:", e)
