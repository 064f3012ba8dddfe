# math functions backed by the C library as in CPython: values, domain and range errors.
import math
vals = [0.0, -0.0, 0.5, 1.0, 1.5, 2.0, 10.0, 1e-300, 5e-324, 1e300, -3.25, float("inf"), -float("inf"), float("nan")]
for name in ["acosh", "asinh", "atanh", "cbrt", "erf", "erfc", "exp2", "expm1", "log1p", "frexp", "modf", "ulp"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, out)
for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, -1.0), (5e-324, 0.0), (1e308, float("inf")), (3.0, 3.0)]:
    print("nextafter", x, y, math.nextafter(x, y))
for x, y in [(10.0, 3.0), (11.0, 3.0), (-7.5, 2.0), (1.0, float("inf")), (5.0, 0.0), (float("inf"), 1.0), (2.5, 1.0), (3.5, 1.0)]:
    try:
        print("remainder", x, y, math.remainder(x, y))
    except ValueError as e:
        print("remainder", x, y, "ValueError", e)
for x, e in [(1.0, 10), (1.5, -1075), (1.0, 1024), (0.75, 1024), (3.0, -2000), (1.0, 10**30), (1.0, -10**30), (2.0, -1074)]:
    try:
        print("ldexp", x, e, math.ldexp(x, e))
    except OverflowError as err:
        print("ldexp", x, e, "OverflowError", err)
try:
    math.ldexp(1.0, 2.5)
except TypeError as err:
    print("TypeError", err)
print(math.exp2(1024.5) if False else "", math.expm1(1e-10), math.log1p(1e-10))
try:
    print(math.expm1(1000))
except OverflowError as err:
    print("OverflowError", err)
print([math.cbrt(v) for v in (2.0, 3.0, 5.0, 7.0, 9.0, 27.000000000000004, 1e-5, 123456.789)])
