# The math module: constants, functions, integer helpers and CPython's domain errors.
import math
from math import sqrt, pi, isclose
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(sqrt(2), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log(math.e))
print(math.sin(pi / 6), math.cos(0), math.tan(pi / 4), math.atan2(1, -1), math.hypot(3, 4))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.copysign(3, -0.0))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.gcd(48, 36), math.lcm(4, 6), math.isqrt(10 ** 20 + 1))
print(math.degrees(pi), math.radians(180), math.fmod(7, -3), math.pow(2, 0.5), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(isclose(0.1 + 0.2, 0.3), math.isinf(1e308 * 10), math.isfinite(1.0), math.sqrt(16) == 4.0)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.floor(1e20), type(math.floor(2.0)).__name__, round(math.sinh(1), 12), round(math.atan(1) * 4, 15))
