# Closures created in loops (late binding vs default-argument capture), cells shared
# between sibling closures, nonlocal rebinding in nested levels, closures over loop
# variables of comprehensions and of while loops.
def make_late():
    fs = []
    for i in range(4):
        fs.append(lambda: i * 10)
    return fs


def make_early():
    fs = []
    for i in range(4):
        fs.append(lambda i=i: i * 10)
    return fs


def make_factory():
    def factory(k):
        return lambda: k * 10
    return [factory(i) for i in range(4)]


print([f() for f in make_late()])
print([f() for f in make_early()])
print([f() for f in make_factory()])
comp = [lambda: j for j in range(3)]
print([f() for f in comp])
comp2 = [(lambda j=j: j) for j in range(3)]
print([f() for f in comp2])


def loop_then_mutate():
    fs = []
    x = 0
    while x < 3:
        fs.append(lambda: x)
        x += 1
    before = [f() for f in fs]
    x = 100
    after = [f() for f in fs]
    return before, after


print(loop_then_mutate())


def shared_cell():
    value = 0

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v

    def inc():
        nonlocal value
        value += 1
        return value

    return get, set_, inc


get, set_, inc = shared_cell()
print(get(), inc(), inc(), get())
set_(41)
print(get(), inc())
get2, set2, inc2 = shared_cell()
print("independent", get2(), inc2(), get())


def three_levels():
    a = 1

    def middle():
        b = 10

        def inner():
            nonlocal a, b
            a += 1
            b += 100
            return a + b

        r1 = inner()
        r2 = inner()
        return r1, r2, b

    res = middle()
    return res, a


print(three_levels())


def accumulators():
    result = {}
    for name in ["x", "y", "z"]:
        total = 0

        def add(n, _name=name):
            nonlocal total
            total += n
            return (_name, total)

        result[name] = add
    return result


accs = accumulators()
print(accs["x"](1), accs["y"](2), accs["z"](3), accs["x"](4))


def make_counter_pair():
    count = 0

    def up():
        nonlocal count
        count += 1
        return count

    def down():
        nonlocal count
        count -= 1
        return count

    return up, down


up, down = make_counter_pair()
print([up() for _ in range(3)], down(), down(), up())


def closure_over_param(n, step=2):
    def gen():
        k = n
        while k > 0:
            yield k
            k -= step
    return gen


g = closure_over_param(7)
print(list(g()), list(g()), list(closure_over_param(10, 3)()))


def rebind_after_closure():
    msg = "first"

    def show():
        return msg

    out = [show()]
    msg = "second"
    out.append(show())
    del msg
    try:
        out.append(show())
    except NameError as e:
        out.append("NameError: " + str(e))
    return out


print(rebind_after_closure())


def handlers():
    table = {}
    for op, sym in [("add", "+"), ("sub", "-"), ("mul", "*")]:
        def h(a, b, op=op):
            if op == "add":
                return a + b
            if op == "sub":
                return a - b
            return a * b
        table[sym] = h
    late = []
    for sym in table:
        late.append(lambda a, b: table[sym](a, b))
    return table, late


table, late = handlers()
print([table[s](6, 3) for s in "+-*"], [f(6, 3) for f in late])


def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed


inc1 = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc1, dbl)(5), compose(dbl, inc1)(5), compose()(5), compose(*[inc1] * 10)(0))

adders = {}
for n in range(3):
    adders[n] = lambda x, n=n: x + n
late_adders = {n: (lambda x: x + n) for n in range(3)}
print([adders[k](100) for k in adders], [late_adders[k](100) for k in late_adders])
