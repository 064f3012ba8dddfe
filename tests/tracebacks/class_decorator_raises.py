# A failing decorator or decorated class body: the frame line is the decorator's or the class's, as CPython's.
def deco(cls):
    raise KeyError(cls.__name__)
@deco
class C:
    x = 1
