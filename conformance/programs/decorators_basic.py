# Decorators with and without arguments, stacked, wraps-style attribute copying.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("->", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("<-", fn.__name__, result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper

def repeat(times):
    def deco(fn):
        def wrapper(*args):
            out = []
            for _ in range(times):
                out.append(fn(*args))
            return out
        return wrapper
    return deco

@trace
def add(a, b=10):
    return a + b

print(add(1), add(1, b=2))
print(add.__name__, add.__wrapped__(5, 5))

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bob"))

@trace
@repeat(2)
def twice(x):
    return x * 2

print(twice(4))

calls = {"n": 0}
def counted(fn):
    def wrapper(*a):
        calls["n"] += 1
        return fn(*a)
    return wrapper

@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(10), calls["n"])

def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco

handlers = {}

@register(handlers)
def on_start():
    return "started"

@register(handlers)
def on_stop():
    return "stopped"

for k in sorted(handlers):
    print(k, handlers[k]())
