# Container dunders: len, getitem/setitem/delitem, contains with fallbacks, truthiness, slicing.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        if isinstance(pos, slice):
            return ("slice", pos.start, pos.stop, pos.step)
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {pos} out of range")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        print("set", pos, v)
        self.cells[pos] = v
    def __delitem__(self, pos):
        print("del", pos)
        del self.cells[pos]
    def __contains__(self, v):
        return v in self.cells.values()

g = Grid(3, 2)
g[0, 1] = "#"
g[2, 1] = "@"
print(len(g), g[0, 1], g[1, 1], "#" in g, "x" in g, "x" not in g)
print(g[1:5], g[::2], g[:])
del g[0, 1]
print("#" in g, bool(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError:", e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10

s = Seq()
print(list(s), 20 in s, 25 in s, [x for x in s], sorted(s, reverse=True))
it = iter(s)
print(next(it), next(it), list(it))
a, b, c, d = s
print(a, b, c, d, max(s), sum(s), tuple(s), dict(enumerate(s)))

class IterOnly:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())

class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
    def __bool__(self):
        return False
class Truthy:
    pass
print(bool(Empty()), bool(Full()), bool(Truthy()), not Empty(), len(Full()))
if Empty() or Full():
    print("no")
else:
    print("both falsy")
print(Empty() or "default", Truthy() and "yes")
while Empty():
    print("never")

class BadLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
for n in [-1, "3", 2.0]:
    try:
        print(len(BadLen(n)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    bool(BadLen(-1))
except ValueError as e:
    print("ValueError", e)

class BadBool:
    def __bool__(self):
        return 1
try:
    print(bool(BadBool()))
except TypeError as e:
    print("TypeError", e)

class RO:
    def __getitem__(self, k):
        return k
r = RO()
print(r["key"], r[1, 2], r[::3])
for f in [lambda: r.__setitem__(1, 2)]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
try:
    r[1] = 2
except TypeError as e:
    print("TypeError", e)
try:
    del r[1]
except TypeError as e:
    print("TypeError", e)
try:
    len(r)
except TypeError as e:
    print("TypeError", e)

class Counted:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        self.data[k] = v
c = Counted()
for w in "abracadabra":
    c[w] += 1
print(c.data)
