# The exact messages CPython gives for failed conversions and division by zero.
def show(e):
    print(repr(e))


try:
    int("abc")
except ValueError as e:
    show(e)
try:
    int("")
except ValueError as e:
    show(e)
try:
    float("x.y")
except ValueError as e:
    show(e)
try:
    1 / 0
except ZeroDivisionError as e:
    show(e)
try:
    1 // 0
except ZeroDivisionError as e:
    show(e)
try:
    1 % 0
except ZeroDivisionError as e:
    show(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    show(e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    show(e)
try:
    1.5 % 0
except ZeroDivisionError as e:
    show(e)
