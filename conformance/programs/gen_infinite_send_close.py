# Infinite generators consumed with next() and break, send() driving state machines,
# close() running finally blocks, GeneratorExit handling and generator states.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


g = naturals(5)
print(next(g), next(g), next(g))
for n in g:
    if n > 12:
        print("break at", n)
        break
    print("n", n)
print("continue after break", next(g))

f = fib()
firsts = []
for x in f:
    if x > 10 ** 20:
        break
    firsts.append(x)
print(len(firsts), firsts[:12], firsts[-1])
print("next fib", next(f), next(f))


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


def squares():
    for n in naturals(1):
        yield n * n


print(take(7, squares()))
print(take(5, (x for x in fib() if x % 2 == 1)))


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)


avg = averager()
print("prime", next(avg))
for v in [10, 20, 5.5, 7, 100]:
    print("avg after", v, "=", avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("returned", stop.value)
try:
    avg.send(1)
except StopIteration as stop:
    print("finished generator send ->", stop.value)


def guarded(name):
    print(name, "start")
    try:
        i = 0
        while True:
            got = yield i
            print(name, "got", got)
            i += 1
    except GeneratorExit:
        print(name, "GeneratorExit caught")
        raise
    finally:
        print(name, "finally")


g1 = guarded("g1")
print(next(g1))
print(g1.send("hello"))
print(g1.send("world"))
g1.close()
print("closed g1")
g1.close()
print("closed again")
try:
    next(g1)
except StopIteration:
    print("g1 exhausted")

g2 = guarded("g2")
g2.close()
print("closed unstarted g2")

try:
    fresh = guarded("g3")
    fresh.send("too early")
except TypeError as e:
    print("TypeError:", e)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def with_return_in_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup runs")


w = with_return_in_finally()
for item in w:
    print("item", item)
    break
w.close()
print("done")


def throw_target():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)
            yield "recovered"


t = throw_target()
print(next(t))
print(t.throw(ValueError("bad input")))
print(next(t))
print(t.throw(ValueError("again")))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)
print(list(t))


def counter_machine():
    state = "idle"
    count = 0
    while True:
        cmd = yield (state, count)
        if cmd == "start":
            state = "running"
        elif cmd == "tick" and state == "running":
            count += 1
        elif cmd == "stop":
            state = "stopped"
        elif cmd == "reset":
            state, count = "idle", 0


cm = counter_machine()
next(cm)
for cmd in ["tick", "start", "tick", "tick", "stop", "tick", "reset", "start", "tick"]:
    print(cmd, cm.send(cmd))
