# Closures as objects: counters, accumulators, memoization, function factories and registries.
def make_accumulator(start=0):
    total = start
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total
    def undo():
        nonlocal total
        if history:
            total -= history.pop()
        return total
    return add, undo, lambda: list(history)

add, undo, hist = make_accumulator(100)
print(add(5), add(10), undo(), hist())

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache))

def power_factory():
    return {name: (lambda x, p=p: x ** p) for name, p in [("square", 2), ("cube", 3)]}

pw = power_factory()
print(pw["square"](7), pw["cube"](3))

def make_multipliers():
    return [lambda x: x * i for i in range(4)]

print([m(10) for m in make_multipliers()])

registry = {}
def command(name):
    def register(fn):
        registry[name] = fn
        return fn
    return register

@command("hello")
def hello(who="world"):
    return f"hello {who}"

@command("shout")
def shout(text):
    return text.upper() + "!"

for name in sorted(registry):
    print(name, "->", registry[name]("metal0"))

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    inc.reset = lambda: None
    return inc

c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1.__name__, c1.__qualname__)
