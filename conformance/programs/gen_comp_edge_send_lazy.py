# Generator and comprehension edge cases: close before start, send to a
# just-started generator, StopIteration.value, nested comprehensions, and
# lazy vs eager evaluation order of generator expressions.


def noisy(label, values):
    print("  iterable evaluated:", label)
    for v in values:
        print("  produce", label, v)
        yield v


def gen_with_cleanup():
    print("  gen body started")
    try:
        yield 1
        yield 2
    finally:
        print("  gen finally")


print("-- close before start")
g = gen_with_cleanup()
g.close()
print("closed; next ->", next(g, "exhausted"))
g2 = gen_with_cleanup()
print(next(g2))
g2.close()
print("closed after start; next ->", next(g2, "exhausted"))
g2.close()
print("double close ok")

print("-- send to just-started generator")


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received


e = echo()
try:
    e.send("too early")
except TypeError as err:
    print("TypeError:", err)
print("send None starts:", e.send(None))
print(e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("return value:", stop.value, stop.args)
try:
    e.send("after end")
except StopIteration as stop:
    print("after end value:", stop.value)

print("-- StopIteration.value and yield from")


def ret_gen(n):
    for i in range(n):
        yield i
    return "ret-" + str(n)


def delegator():
    r1 = yield from ret_gen(2)
    print("  got", r1)
    r2 = yield from ret_gen(0)
    print("  got", r2)
    return (r1, r2)


d = delegator()
out = []
while True:
    try:
        out.append(next(d))
    except StopIteration as stop:
        print("delegator values:", out, "return:", stop.value)
        break


def gen_no_return():
    yield 1


gn = gen_no_return()
next(gn)
try:
    next(gn)
except StopIteration as stop:
    print("implicit return value:", stop.value, stop.args)


def gen_return_none():
    return None
    yield


try:
    next(gen_return_none())
except StopIteration as stop:
    print("return None:", stop.value, stop.args)


def gen_return_tuple():
    yield 0
    return (1, 2)


gt = gen_return_tuple()
next(gt)
try:
    next(gt)
except StopIteration as stop:
    print("return tuple:", stop.value, stop.args)
print("list ignores return:", list(ret_gen(3)))

print("-- throw")


def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as err:
            print("  caught inside:", err)
            yield "recovered"


c = catcher()
print(next(c))
print(c.throw(ValueError("t1")))
print(next(c))
try:
    c.throw(KeyError("not handled"))
except KeyError as err:
    print("propagated:", repr(err))
print("after propagate:", next(c, "dead"))
fresh = gen_with_cleanup()
try:
    fresh.throw(RuntimeError("into unstarted"))
except RuntimeError as err:
    print("throw into unstarted:", err)
print(next(fresh, "dead too"))

print("-- running generator")


def self_ref():
    yield next(me)


me = self_ref()
try:
    next(me)
except ValueError as err:
    print("ValueError:", err)

print("-- nested comprehensions")
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row if x % 2 == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
print([(i, j) for i in range(3) if i for j in range(i, 3) if j != i])
print({i: [j for j in range(i)] for i in range(4)})
print([x * y for x in range(1, 4) for y in range(x, 4) if y % x == 0])
print(sorted({(a, b) for a in "ab" for b in "ab" if a <= b}))
print([[c for c in w if c in "aeiou"] for w in ["banana", "sky", "queue"]])
print(sum(x for row in matrix for x in row if row[0] > 1))
print([y for x in [[1, 2], [3]] for y in x for _ in range(y) if y > 1])
flat = [v for sub in [[1], [], [2, [3]]] for v in sub]
print(flat)

print("-- eager first iterable, lazy rest")
print("creating genexp")
ge = (x * 10 for x in noisy("outer", [1, 2]))
print("created")
print(next(ge))
print(list(ge))
print("creating nested genexp")
ge2 = ((a, b) for a in noisy("A", [1, 2]) for b in noisy("B-" + str(a), "xy"))
print("created nested")
print(next(ge2))
print(list(ge2))


def source(label, values):
    print("  source() called:", label)
    return values


print("creating genexp over a plain call")
ge3 = (a + b for a in source("first", [1, 2]) for b in source("second", [10, 20]))
print("created: only the first source ran")
print(next(ge3))
print(list(ge3))
print("unused genexp still evaluates its first iterable:")
unused = (x for x in source("unused", []))
print("list comprehension is eager:")
lc = [x for x in noisy("L", [1, 2])]
print("after list comp:", lc)
print("condition evaluated lazily:")
gc = (x for x in [1, 2, 3] if print("  test", x) is None and x != 2)
print("no tests yet")
print(list(gc))

print("-- first iterable errors raise at creation")
try:
    bad = (x for x in 5)
except TypeError as err:
    print("TypeError at creation:", err)
lazy_bad = (y for x in [1] for y in 5)
print("inner error deferred")
try:
    list(lazy_bad)
except TypeError as err:
    print("TypeError at iteration:", err)

print("-- genexp sees later rebinding of free variables")
factor = 2
gf = (x * factor for x in range(3))
factor = 100
print(list(gf))
src = [1, 2]
gs = (x for x in src)
src = [9, 9]
print(list(gs))
lst = [1, 2]
gl = (x for x in lst)
lst.append(3)
print(list(gl))

print("-- generators are single-use")
sq = (x * x for x in range(3))
print(list(sq), list(sq), sum(sq))
print(3 in (x for x in range(5)), 9 in (x for x in range(5)))
it = (x for x in range(5))
print(2 in it, list(it))
print(any(x > 2 for x in noisy("any", [1, 3, 5])))
print(all(x < 2 for x in noisy("all", [1, 3, 5])))
print(next((x for x in range(10) if x > 6), None), next((x for x in [] if x), "none"))
print(sorted((x % 3 for x in range(7)), reverse=True))
print(dict((k, k * k) for k in range(3)), tuple(c for c in "hi"), set(x % 2 for x in range(5)))
print(max((len(w), w) for w in ["aa", "b", "ccc"]), min(((x - 2) ** 2 for x in range(5))))
