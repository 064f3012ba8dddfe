# Default arguments are evaluated once at def time; mutable defaults
# accumulate; keyword-only defaults; late binding vs default capture.


def trace(label, value):
    print("  evaluating default", label)
    return value


print("before defs")


def accumulate(x, bucket=trace("bucket", [])):
    bucket.append(x)
    return bucket


def counter(d=trace("d", {})):
    d["n"] = d.get("n", 0) + 1
    return d["n"]


def kwonly(a, *, sep=trace("sep", "-"), items=trace("items", [])):
    items.append(a)
    return sep.join(str(i) for i in items)


print("after defs")
r1 = accumulate(1)
r2 = accumulate(2)
print(r1, r2, r1 is r2)
print(accumulate(3, []))
print(accumulate(4))
print("defaults tuple:", accumulate.__defaults__)
print(counter(), counter(), counter({}), counter())
print(kwonly(1), kwonly(2), kwonly(3, sep="+"), kwonly(4, items=[]))
print("kwdefaults:", sorted(kwonly.__kwdefaults__.items()))


def none_default(x, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(x)
    return bucket


print(none_default(1), none_default(2))

print("-- default referencing a global at def time")
BASE = 10


def uses_base(x=BASE):
    return x


BASE = 20
print(uses_base(), BASE)

print("-- defaults in a loop")
funcs = []
for i in range(3):
    def f(v=trace("loop " + str(i), i * 100)):
        return v
    funcs.append(f)
print([g() for g in funcs])

print("-- late binding closures")
late = [lambda: i for i in range(4)]
bound = [lambda i=i: i for i in range(4)]
print([f() for f in late], [f() for f in bound])


def make_late():
    fs = []
    for k in range(3):
        fs.append(lambda: k * 10)
    k = 99
    return fs


print([f() for f in make_late()])


def make_cells():
    out = []
    for k in range(3):
        def inner(k=k):
            return k
        out.append(inner)
    return out


print([f() for f in make_cells()])


def make_adders():
    adders = {}
    for name, n in [("one", 1), ("two", 2)]:
        adders[name] = lambda x, n=n: x + n
        adders[name + "_late"] = lambda x: x + n
    return adders


ad = make_adders()
print(sorted((k, v(100)) for k, v in ad.items()))

print("-- mutating a default from outside")
accumulate.__defaults__[0].clear()
print(accumulate(7))


def shared_default_between_calls(key, cache={}):
    if key in cache:
        return "hit " + key
    cache[key] = True
    return "miss " + key


print(shared_default_between_calls("a"), shared_default_between_calls("b"), shared_default_between_calls("a"))

print("-- default evaluated in enclosing scope")


def outer():
    local = trace("outer-local", [1])

    def inner(x=local):
        x.append(len(x) + 1)
        return x

    return inner


fi = outer()
print(fi(), fi(), outer()(), fi([]))

print("-- defaults and positional/keyword mixing")


def mix(a, b=trace("b", 2), *args, c=trace("c", 3), **kw):
    return (a, b, args, c, sorted(kw.items()))


print(mix(1))
print(mix(1, 5, 6, 7, c=8, z=9))
print(mix(a=0, c=None))
try:
    mix()
except TypeError as e:
    print("TypeError:", e)
try:
    mix(1, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    accumulate()
except TypeError as e:
    print("TypeError:", e)
try:
    accumulate(1, [], [])
except TypeError as e:
    print("TypeError:", e)
try:
    accumulate(1, bucket=[], extra=3)
except TypeError as e:
    print("TypeError:", e)


class Holder:
    def add(self, x, seen=trace("method default", [])):
        seen.append(x)
        return len(seen)


h1 = Holder()
h2 = Holder()
print(h1.add("a"), h2.add("b"), h1.add("c"))

lam = lambda x, acc=trace("lambda default", []): acc.append(x) or acc
print(lam(1), lam(2))
print("done")
