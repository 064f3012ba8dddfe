# Generators: yield, send, throw, close, return values, yield from, generator expressions.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

print(list(countdown(3)))
for x in countdown(2):
    print("tick", x)

def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("echo closing with", received)

e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
print("closed")

def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

acc = accumulate()
next(acc)
for v in [5, 10, 20]:
    print("running total", acc.send(v))
try:
    acc.send(None)
except StopIteration as stop:
    print("final", stop.value)

def inner():
    a = yield "i1"
    b = yield "i2"
    return (a, b)

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from range(2)
    return "outer done"

o = outer()
print(next(o), o.send("A"), o.send("B"), next(o), next(o), next(o))
try:
    next(o)
except StopIteration as s:
    print("StopIteration", s.value)

def guarded():
    try:
        yield 1
        yield 2
    except ValueError as err:
        print("caught", err)
        yield "recovered"
    yield "end"

gd = guarded()
print(next(gd), gd.throw(ValueError("boom")), next(gd))
try:
    next(gd)
except StopIteration:
    print("exhausted")

def naturals():
    n = 0
    while True:
        yield n
        n += 1

squares = (n * n for n in naturals())
print([next(squares) for _ in range(5)])
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x * y for x in range(3) for y in range(3) if x != y))
evens = (i for i in range(10) if i % 2 == 0)
print(next(evens), list(evens), list(evens))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for i, f in enumerate(fib()):
    if i >= 15:
        break
    out.append(f)
print(out)

def pairs(items):
    it = iter(items)
    for first in it:
        yield first, next(it, None)

print(list(pairs([1, 2, 3, 4, 5])))
g = countdown(1)
print(type(g).__name__, iter(g) is g)
print(next(g))
try:
    print(next(g))
except StopIteration as s:
    print("StopIteration value:", s.value)

def bad():
    yield 1
    raise StopIteration("inside")

try:
    list(bad())
except RuntimeError as err:
    print("RuntimeError:", err)

def delegating_throw():
    try:
        yield from guarded()
    except KeyError:
        yield "never"

dt = delegating_throw()
print(next(dt), dt.throw(ValueError("deep")), next(dt))
fresh = countdown(5)
try:
    fresh.send(1)
except TypeError as err:
    print("TypeError:", err)
fresh.close()
print(list(fresh))
