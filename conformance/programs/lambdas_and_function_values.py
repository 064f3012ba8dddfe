# Lambdas and functions as values: in lists and dicts, passed and returned.
square = lambda x: x * x
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
for name in ["add", "sub", "mul"]:
    print(name, ops[name](7, 3))

def compose(f, g):
    return lambda x: f(g(x))

inc = lambda x: x + 1
print(compose(square, inc)(4), compose(inc, square)(4))

pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))

def apply_all(fs, x):
    out = []
    for f in fs:
        out.append(f(x))
    return out

print(apply_all([square, inc, abs, str], -3))
print((lambda: "no args")())
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
print(square.__name__, compose.__name__, compose(inc, inc).__qualname__)

def f():
    return 1
g = f
def f():
    return 2
print(f(), g())
