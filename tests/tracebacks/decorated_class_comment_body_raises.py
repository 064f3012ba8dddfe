# A failing decorator or decorated class body: the frame line is the decorator's or the class's, as CPython's.
def deco(cls):
    return cls
@deco  # a class decorator
class C:
    y = 1 / 0
