# Generator cleanup: finally blocks on close, on garbage collection, on break, and errors in them.
log = []

def resource(name):
    log.append(f"open {name}")
    try:
        for i in range(3):
            yield f"{name}{i}"
    finally:
        log.append(f"close {name}")

for x in resource("a"):
    if x == "a1":
        break
print(log)
log.clear()
g = resource("b")
print(next(g))
g.close()
print(log, list(g))
log.clear()

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

def failing_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

f = failing_finally()
next(f)
try:
    f.close()
except ValueError as e:
    print("ValueError:", e)

def counter():
    n = 0
    try:
        while True:
            n += 1
            yield n
    finally:
        print("counter done at", n)

c = counter()
print(next(c), next(c))
del c
print("after del")
