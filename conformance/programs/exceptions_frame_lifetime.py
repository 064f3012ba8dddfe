# Locals of a function an exception leaves live as long as the exception (CPython's traceback keeps the frame): an abandoned generator and an object with __del__ are finalized after the handler, not while unwinding.
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
def f():
    g = gen(); next(g)
    r = Res("local")
    raise ValueError("boom")
try:
    f()
except ValueError as e:
    print("handler", e)
print("after handler")
def h():
    r = Res("h")
    return 1 / 0
try:
    h()
except ZeroDivisionError:
    print("handler 2")
print("end")
