# yield from: delegation of values, send() and throw() through the delegating
# generator, return values of sub-generators, nesting and recursion.
def sub(tag, n):
    total = 0
    for i in range(n):
        got = yield f"{tag}{i}"
        if got is not None:
            total += got
    return total * 10


def parent():
    a = yield from sub("a", 2)
    print("sub a returned", a)
    b = yield from sub("b", 3)
    print("sub b returned", b)
    return a + b


p = parent()
print(next(p))
print(p.send(1))
print(p.send(2))
print(p.send(3))
print(p.send(4))
try:
    p.send(5)
except StopIteration as stop:
    print("parent returned", stop.value)

print(list(parent()))


def flatten(tree, depth=0):
    count = 0
    for node in tree:
        if isinstance(node, list):
            count += yield from flatten(node, depth + 1)
        else:
            yield (depth, node)
            count += 1
    return count


tree = [1, [2, [3, 4], 5], [[6]], 7, []]
gen = flatten(tree)
items = []
while True:
    try:
        items.append(next(gen))
    except StopIteration as stop:
        print("leaf count", stop.value)
        break
print(items)


def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * x for x in range(3))
    yield from {"k1": 1, "k2": 2}
    r = yield from []
    print("empty yield from returns", r)


print(list(from_iterables()))


def catcher():
    while True:
        try:
            x = yield "waiting"
            print("catcher got", x)
        except ValueError as e:
            print("catcher handled", e)
            return "caught:" + str(e)


def delegator():
    result = yield from catcher()
    print("delegator sees", result)
    yield "after"
    return "delegator done"


d = delegator()
print(next(d))
print(d.send("x1"))
print(d.throw(ValueError("boom")))
try:
    next(d)
except StopIteration as stop:
    print("stop value", stop.value)


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")


def outer_closer():
    try:
        yield from closer()
    finally:
        print("outer finally")


oc = outer_closer()
print(next(oc))
oc.close()
print("closed chain")


def countdown(n):
    if n == 0:
        return "liftoff"
    yield n
    res = yield from countdown(n - 1)
    return res + "!"


cd = countdown(4)
vals = []
try:
    while True:
        vals.append(next(cd))
except StopIteration as stop:
    print(vals, stop.value)


def accumulate_all():
    grand = []
    while True:
        sub_total = yield from summer()
        if sub_total is None:
            return grand
        grand.append(sub_total)


def summer():
    s = 0
    while True:
        v = yield
        if v is None:
            return s if s else None
        s += v


acc = accumulate_all()
next(acc)
for v in [1, 2, 3, None, 10, 20, None, 5, None]:
    acc.send(v)
try:
    acc.send(None)
except StopIteration as stop:
    print("grand totals", stop.value)


def raises_inside():
    yield 1
    raise KeyError("from sub")


def wraps_raise():
    try:
        yield from raises_inside()
    except KeyError as e:
        print("wrapper caught", repr(e))
        yield "fallback"


print(list(wraps_raise()))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1], (2, 3), "45", range(6, 8))))
