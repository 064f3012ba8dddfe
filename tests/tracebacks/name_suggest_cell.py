# A name captured by an inner function is a cell, not a candidate (CPython's co_varnames).
def f(a):
    z = 1
    def g():
        return z
    return zz
f(1)
