# *args, **kwargs, keyword-only and positional-only parameters, and CPython's TypeErrors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8, d=0))
print(f(*[1, 2, 3], **{"c": 9, "z": 1}))

def pos_only(x, y, /, z=0):
    return x + y + z

print(pos_only(1, 2), pos_only(1, 2, z=3))

def kw_only(*, key, flag=False):
    return key, flag

print(kw_only(key="k"), kw_only(flag=True, key=1))

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

print(total(), total(1, 2, 3), total(*range(10)))

def show(**opts):
    return ", ".join([f"{k}={v}" for k, v in sorted(opts.items())])

print(show(b=1, a=2))

def call(fn, *a, **k):
    return fn(*a, **k)

print(call(f, 1, c=2))
print(call(pos_only, 3, 4, z=5))

errors = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, c=3, b=4),
    lambda: pos_only(x=1, y=2),
    lambda: pos_only(1, 2, 3, 4),
    lambda: kw_only(1),
    lambda: kw_only(key=1, other=2),
    lambda: total(x=1),
]
for e in errors:
    try:
        e()
    except TypeError as err:
        print("TypeError:", err)

def many(a, b, c):
    return a
try:
    many(1)
except TypeError as err:
    print(err)
try:
    many(1, 2, 3, 4)
except TypeError as err:
    print(err)
