# round(): ties-to-even on the exact binary value, negative ndigits, ints, bigints, special floats, errors.
vals = [2.675, 2.665, 1.005, 0.125, 0.375, 2.5, 3.5, -2.5, -0.5, 0.5, 1.5, 1234.5678, -1234.5678, 1e-10, 5e-324, 1.7976931348623157e308,
        0.1, 0.285, 1.015, 8.345, 123456789.125, 2.0 ** 52 + 0.5, 1e22, -0.0]
for v in vals:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2), round(v, 5), round(v, 300), round(v, -400))
for v in [0, 5, 15, 25, 35, -15, -25, 149, 150, 151, 250, 1234567, -1234567, 10 ** 30 + 5 * 10 ** 19, 12345678901234567890]:
    print(v, round(v), round(v, 1), round(v, -1), round(v, -2), round(v, -3), round(v, -20))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 2)), round(True), round(True, -1))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(round(v, 2), round(v, -2))
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError", e)
print(round(1e300), round(-1.5e20), round(2.5e15 + 0.5))
print(round(0.5, None), round(15, None), round(2.675, 2) == 2.67)
