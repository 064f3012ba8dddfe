# More mixed edge cases: del of a nonlocal, generator raising, function attributes, exit code.
import sys
def f():
    x = 1
    def g():
        nonlocal x
        del x
    g()
    return x
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
class E(Exception): pass
def gen():
    raise E("in gen")
    yield 1
try:
    list(gen())
except E as e:
    print("E", e)
def h(a, b=2, *c, d, e=5, **f): pass
print(h.__name__, h.__defaults__, h.__kwdefaults__)
print((lambda: 1).__name__, (lambda: 1).__qualname__)
class P:
    @property
    def v(self): return 1
print(P().v)
try:
    P().v = 2
except AttributeError as e:
    print(e)
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
a, b = counter(), counter()
print(a(), a(), b())
z = 10
def uses_global():
    global z
    z += 1
    return z
print(uses_global(), z)
xs = [1, 2, 3]
print([x for x in xs if x > 1 for y in range(x)])
print({k: v for k, v in zip("ab", range(2))}, {x % 2 for x in range(5)})
def yield_in_try():
    for i in range(3):
        try:
            yield i
        except ValueError:
            yield "caught"
yt = yield_in_try()
print(next(yt), yt.throw(ValueError), next(yt))
sys.exit(3)
