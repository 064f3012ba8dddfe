# tuple() of a named tuple or tuple subclass makes a plain tuple.
from typing import NamedTuple
class P(NamedTuple):
    x: int
    y: int = 0
p = P(1, 2)
t = tuple(p)
print(t, type(t).__name__, type(p).__name__, t == p, tuple(p) is p, list(p))
class C(tuple):
    pass
c = C([1, 2])
print(c, type(c).__name__, type(tuple(c)).__name__)
