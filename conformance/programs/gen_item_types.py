# Generators whose items inference types from their yields: ints, floats, instances, mixed
# types, yield from, return values, send, and generator expressions, through for loops and
# the builtins that consume iterators.
class P:
    def __init__(self, x):
        self.x = x


def ints(n):
    for i in range(n):
        yield i * i


def floats(n):
    x = 0.5
    for _ in range(n):
        yield x
        x = x * 1.5 + 0.25


def points(n):
    for i in range(n):
        yield P(i * 0.5)


def mixed():
    yield 1
    yield 2.5
    yield "three"
    yield None
    yield [4]


def delegating():
    r = yield from ints(3)
    print("delegated returned", r)
    yield from floats(2)
    yield from "ab"
    return "done"


def counter():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got
    return total


t = 0
for v in ints(10):
    t += v
print(t, sum(ints(100)), list(ints(5)), max(ints(7)))

acc = 0.0
for f in floats(8):
    acc += f
    print(f, end=" ")
print()
print(acc, sum(floats(5)), sorted(floats(4), reverse=True))

print([p.x for p in points(4)], sum(p.x for p in points(6)))
for i, m in enumerate(mixed()):
    print(i, repr(m))
print(list(zip(ints(4), floats(4))))
g = delegating()
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("exhausted", e.value)

c = counter()
print(next(c), c.send(5), c.send(7))
try:
    c.send(None)
except StopIteration as e:
    print("counter returned", e.value)

squares = (x * x for x in range(6))
halves = (x / 2 for x in range(6))
print(sum(squares), list(halves), sum(squares))
first_big = None
for v in ints(1000000):
    if v > 500:
        first_big = v
        break
print(first_big)
gen = ints(3)
print(list(gen), list(gen))


def chain(*its):
    for it in its:
        yield from it


print(list(chain(ints(3), floats(2), mixed())))
