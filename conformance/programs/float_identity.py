# A float keeps its identity where metal0 keeps it unboxed: a variable, a copy of it, a
# constant, a global, an item read from a container or a loop variable is one object each
# time it is boxed (`is`, `in`, `count`, `index`, dict keys, tuples compare by identity first).
import math

nan = float("nan")
print(nan in [nan], [nan].count(nan), [nan].index(nan), nan is nan, (nan,) == (nan,))
x = 1.5
y = x
print(x is y, id(x) == id(y))
d = {nan: 1}
print(nan in d, d.get(nan), d[nan])
xs = [nan, nan]
print(xs[0] is xs[1], xs.count(nan))
s = {nan}
print(nan in s, len({nan, nan}))
w = math.inf
print(w is w, [w].index(w))
t = (nan, 2.0)
a, b = t
print(a is t[0], (a, b) == t, t.index(a))
z = 0.1 * 3
print([z, z][0] is [z, z][1], z is z)


def items(xs):
    v = xs[0]
    print(v is xs[0], v in xs, xs.index(v), xs.count(v))
    for e in xs:
        print(e in xs, xs.count(e), [e][0] is e)


items([float("nan"), 1.5, float("nan")])


def copies():
    x = 0.1 * 3
    y = x
    z = y
    return x is y, y is z, [x, y, z].count(x)


def chained():
    x = y = 2.0 * 1.7
    return x is y


def constants():
    x = 1.5
    y = 1.5
    return x is y, [x].index(y)


def arithmetic():
    x = 1.5
    y = x + 0.0
    return x is y, x == y


def deleted():
    x = float("inf")
    y = x
    del x
    x = 3.5
    return [y][0] is y, [x][0] is x


def swapped(a, b):
    a, b = b, a
    pair = [a, b]
    return pair[0] is a and pair[1] is b


def walrus(xs):
    x = xs[0]
    got = [x, (x := xs[1]), x]
    return got[0] is xs[0], got[1] is xs[1], got[2] is xs[1]


def kept(p):
    q = [p]
    return q[0] is p, p in q


print(copies(), chained(), constants(), arithmetic(), deleted())
print(swapped(1.5, float("nan")), walrus([1.5, float("nan")]), kept(2.5), kept(float("nan")))


def first(xs):
    return xs[0]


def second(xs):
    m = xs[1]
    return m


g = 4.5


def read_global():
    return g


def in_list_global():
    return [g][0] is g, g in [g]


vals = [float("nan"), 2.5]
print(first(vals) is vals[0], first(vals) in vals, second(vals) is vals[1], read_global() is g, in_list_global())
r = first(vals)
print(r in [r], [r, r][0] is [r, r][1], vals.index(r))


def best_of(xs):
    best = xs[0]
    i = 0
    while i < len(xs):
        if xs[i] > best:
            best = xs[i]
        i += 1
    return best is max(xs), xs.index(best)


print(best_of([1.5, 9.5, 3.5, 9.5]))


def accumulate(n):
    acc = 0.0
    out = []
    for i in range(n):
        acc = acc + 1.0
        if i % 3 == 0:
            out.append(acc)
            out.append(acc)
    same = 0
    for i in range(0, len(out), 2):
        if out[i] is out[i + 1]:
            same += 1
    return same, len(out)


print(accumulate(3000))


def gen(xs):
    for x in xs:
        y = x
        yield y


xs3 = [0.5, float("nan"), 3.5]
print([p is q for p, q in zip(gen(xs3), xs3)])


def raised(xs):
    v = xs[1]
    try:
        raise ValueError(v)
    except ValueError as e:
        return e.args[0] is v


print(raised(xs3))


def closure(x):
    def inner():
        return x

    return inner() is x


print(closure(2.5), closure(float("nan")))
