# A failing decorator or decorated class body: the frame line is the decorator's or the class's, as CPython's.
def deco(f):
    raise ValueError("bad decorator")
def ok(f):
    return f
@ok
@deco
def g():
    pass
