# The exact messages CPython gives for lookups, type errors and float conversion limits.
def show(e):
    print(repr(e))


try:
    [][0]
except IndexError as e:
    show(e)
try:
    (1, 2)[2]
except IndexError as e:
    show(e)
try:
    {}["x"]
except KeyError as e:
    show(e)
try:
    {}[1]
except KeyError as e:
    show(e)
try:
    "a" + 1
except TypeError as e:
    show(e)
try:
    1 + "a"
except TypeError as e:
    show(e)
try:
    [1] + (2,)
except TypeError as e:
    show(e)
try:
    len(5)
except TypeError as e:
    show(e)
try:
    "x" * "y"
except TypeError as e:
    show(e)
try:
    "abc" < 1
except TypeError as e:
    show(e)
try:
    int(float("inf"))
except OverflowError as e:
    show(e)
try:
    int(float("nan"))
except ValueError as e:
    show(e)
try:
    float(2 ** 2000)
except OverflowError as e:
    show(e)
try:
    [1, 2, 3].index(9)
except ValueError as e:
    show(e)
