# In-place operators: __iadd__ etc., fallback to __add__/__radd__, NotImplemented from __iadd__.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __repr__(self):
        return f"Bag({self.items})"
    def __iadd__(self, other):
        print("iadd")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("add")
        return Bag(self.items + list(other))
    def __isub__(self, other):
        return NotImplemented
    def __sub__(self, other):
        print("sub")
        return Bag([x for x in self.items if x not in other])
    def __imul__(self, n):
        self.items *= n
        return self
    def __ior__(self, other):
        return "ior returned a string"

b = Bag([1, 2])
alias = b
b += [3]
print(b, alias, b is alias)
b -= [1]
print(b, alias, b is alias)
b *= 2
print(b)
b |= 1
print(b)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
    def __repr__(self):
        return f"OnlyAdd({self.v})"

class OnlyRadd:
    def __radd__(self, o):
        return f"radd({o})"

x = OnlyAdd(1)
y = x
x += 10
print(x, y, x is y)
z = 5
z += OnlyRadd()
print(z)
lst = [OnlyAdd(0)]
lst[0] += 3
print(lst)
d = {"k": OnlyAdd(1)}
d["k"] += 1
print(d)

class Holder:
    pass
h = Holder()
h.val = OnlyAdd(2)
h.val += 2
print(h.val)
