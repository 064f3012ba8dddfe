# Class bodies reading variables of the enclosing function (and shadowing them).
def f():
    x = 1
    class A:
        y = x + 1
        def m(self):
            return x
    return A.y, A().m()
print(f())
def g():
    v = "outer"
    class B:
        v = "class"
        w = v
        def get(self):
            return v
    return B.w, B().get()
print(g())
def h():
    class C:
        try:
            z = q
        except NameError as e:
            z = str(e)
    q = 5
    return C.z
print(h())
