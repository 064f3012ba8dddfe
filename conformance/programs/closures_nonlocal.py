# Closures: captured variables, nonlocal, late binding, defaults evaluated once.
def make_counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(10)
print(inc(), inc(5), get())

def adders():
    fs = []
    for i in range(3):
        def f(x):
            return x + i  # late binding: i is read when f runs
        fs.append(f)
    return fs

print([f(10) for f in adders()] if False else None)
fs = adders()
print(fs[0](10), fs[1](10), fs[2](10))

def bound_now():
    fs = []
    for i in range(3):
        fs.append(lambda x, i=i: x + i)
    return fs

gs = bound_now()
print(gs[0](10), gs[1](10), gs[2](10))

def outer():
    x = 1
    def middle():
        def inner():
            return x * 100
        return inner()
    x = 2
    return middle()

print(outer())

def unbound():
    def read():
        return y
    try:
        read()
    except NameError as e:
        print("NameError:", e)
    y = 5
    return read()

print(unbound())

def default_once(acc=[]):
    acc.append(len(acc))
    return acc

print(default_once(), default_once(), default_once([9]))

def shadow(n):
    def helper():
        return n * 2
    n = n + 1
    return helper()

print(shadow(3))
