# Duck typing across unrelated classes; attributes added after __init__; __call__; __format__;
# __class__; isinstance with tuples; user classes as dict keys and in sets.
class Duck:
    def speak(self):
        return "Quack"
    def __len__(self):
        return 2

class Robot:
    def __init__(self, model):
        self.model = model
    def speak(self):
        return f"Beep from {self.model}"

class Person:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"Hi, I'm {self.name}"

things = [Duck(), Robot("R2"), Person("Ann"), "not a speaker", 42]
for t in things:
    if hasattr(t, "speak"):
        print(type(t).__name__, t.speak())
    else:
        print(type(t).__name__, "is silent")
print([len(x) for x in things if hasattr(x, "__len__")])
print(sum(1 for t in things if callable(getattr(t, "speak", None))))

r = Robot("C3")
r.battery = 80
r.speak = lambda: "overridden on the instance"
print(r.battery, r.speak(), Robot("X").speak(), sorted(vars(r)))

class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x * self.k + sum(rest)) * scale

triple = Multiplier(3)
print(triple(2), triple(2, 1, 1), triple(1, scale=10), triple.calls, callable(triple), callable(Duck()))
print(list(map(triple, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return format(self.cents / 100, spec or ".2f")
    def __str__(self):
        return f"Money({self.cents})"
m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:>12,.1f}", format(m), format(m, "short"), str(m), "{:short}".format(m), "{}".format(m))

class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return type(other) is Key and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"
table = {Key(1, 2): "x", Key(3, 4): "y"}
table[Key(1, 2)] = "z"
print(table, Key(3, 4) in table, table.get(Key(9, 9), "-"), {Key(0, 0), Key(0, 0), Key(0, 1)})
counts = {}
for k in [Key(1, 1), Key(2, 2), Key(1, 1)]:
    counts[k] = counts.get(k, 0) + 1
print(counts, sorted(counts.values()))

class Celsius:
    pass
class Fahrenheit:
    pass
c = Celsius()
print(c.__class__ is Celsius, c.__class__.__name__, isinstance(c, (Fahrenheit, Celsius)), isinstance(c, (int, str)))
print(type(c) is Celsius, type(c) == Celsius, type(c) != Fahrenheit, type(3) is int, type(c).__qualname__)
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, (list, tuple)):
        return "sequence of " + str(len(x))
    if isinstance(x, (Celsius, Fahrenheit)):
        return "temperature " + type(x).__name__
    return "other " + type(x).__name__
print([describe(v) for v in [True, 1, 2.5, [1], (1, 2), Celsius(), Fahrenheit(), None, "s"]])

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
    def __iter__(self):
        return reversed(self._items)
    def __contains__(self, x):
        return x in self._items
    def __eq__(self, other):
        return isinstance(other, Stack) and self._items == other._items
    __hash__ = None
s = Stack().push(1).push(2).push(3)
print(s, len(s), list(s), 2 in s, 9 in s, bool(Stack()), s == Stack().push(1).push(2).push(3))
while s:
    print("pop", s.pop())
try:
    {s: 1}
except TypeError as e:
    print("TypeError:", e)

def total_len(*objs):
    return sum(len(o) for o in objs)
print(total_len("abc", [1, 2], Duck(), Stack().push(0), {1: 2}))

class Node:
    pass
n = Node()
n.value = 1
n.next = Node()
n.next.value = 2
n.next.next = None
cur, vals = n, []
while cur is not None:
    vals.append(cur.value)
    cur = cur.next
print(vals)
