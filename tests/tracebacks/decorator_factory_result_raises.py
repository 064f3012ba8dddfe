# A failing decorator or decorated class body: the frame line is the decorator's or the class's, as CPython's.
def make(n):
    def deco(f):
        return f.missing
    return deco
@make(3)
def g():
    pass
