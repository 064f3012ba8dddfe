# Edge cases mixing classes, closures, generators, comprehensions and decorators.
class A:
    def gen(self):
        yield self
    x = [i for i in range(3)]
    y = (lambda: 5)()
print(list(A().gen())[0].__class__.__name__, A.x, A.y)
def outer():
    class B:
        def m(self):
            return v
    v = 3
    return B().m()
print(outer())
def g():
    try:
        yield 1
    finally:
        print("cleanup")
for x in g():
    break
print("after")
gen = (x for x in [1, 2])
del gen
def deco(cls):
    cls.tag = "t"
    return cls
@deco
class C:
    pass
print(C.tag)
def recurse_gen(n):
    if n:
        yield n
        yield from recurse_gen(n - 1)
print(list(recurse_gen(5)))
print([(lambda q: q * k)(2) for k in range(3)])
def kw(*, a=1, **rest):
    return a, rest
print(kw(b=2), kw(a=3))
class D:
    count = 0
    def __init__(self):
        D.count += 1
        self.id = D.count
ds = [D() for _ in range(3)]
print([d.id for d in ds], D.count)
def closure_in_loop():
    out = []
    for i in range(3):
        def f(i=i):
            return i
        out.append(f)
    return [f() for f in out]
print(closure_in_loop())
print(sum(i for i in range(10) if i % 2), any(x > 3 for x in [1, 5]), all(x for x in []))
it = iter([1, 2, 3])
print(next(it), list(it))
def gen2():
    x = yield
    while x:
        x = yield x * 2
g2 = gen2(); next(g2)
print(g2.send(3), g2.send(4))
