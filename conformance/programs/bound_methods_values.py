# Bound methods as values: stored, passed, compared; methods of builtins as values.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other="you"):
        return f"{self.name} greets {other}"
    def __call__(self, x):
        return x * 2

g = Greeter("ann")
m = g.greet
print(m(), m("bob"), m.__self__ is g, m.__name__)
actions = [g.greet, str.upper, "-".join, len, g]
print([a("xyz") for a in actions])
handlers = {"up": str.upper, "rev": lambda s: s[::-1], "greet": Greeter("sam").greet}
for k in sorted(handlers):
    print(k, handlers[k]("text"))
append = [].append
lst = []
push = lst.append
for i in range(3):
    push(i * i)
print(lst, callable(push), callable(g), callable(3))
print(list(map(g, [1, 2])), sorted(["b", "a"], key=Greeter("z").greet))
unbound = Greeter.greet
print(unbound(Greeter("cat"), "dog"))
