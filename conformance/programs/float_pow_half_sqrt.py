# x ** 0.5 versus math.sqrt for many non-negative inputs, including boundary values,
# subnormals, huge values, inf and values next to rounding boundaries.
import math

values = [
    0.0, -0.0, 1e-320, 5e-324, 2.2250738585072014e-308, 1e-10, 0.01, 0.1 + 0.2,
    0.25, 0.5, 1.0, 2.0, 2.0000000000000004, 1.9999999999999998, 3.0, 4.0,
    9.000000000000002, 10.0, 16.0, 1e16, 1e16 + 2.0, 123456789.0, 1e300, 1e308,
    1.7976931348623157e308, float("inf"),
]
for v in values:
    a = v ** 0.5
    b = math.sqrt(v)
    print(repr(v), a, b, a == b, a * a == v)

print("squares of constants")
consts = [0.3, 1.1, 2.7182818284590451, 3.141592653589793, 0.7071067811865476, 13.37, 1e-8]
for c in consts:
    s = c * c
    r = s ** 0.5
    print(c, s, r, r == c, abs(r - c) < 1e-15, f"{r:.17g}")

print("sums of squares")
triples = [(3.0, 4.0), (5.0, 12.0), (0.1, 0.2), (1.5, 2.5), (1e200, 1e200), (1e-200, 1e-200), (7.0, 24.0)]
for x, y in triples:
    h1 = (x * x + y * y) ** 0.5
    h2 = math.sqrt(x * x + y * y)
    h3 = math.hypot(x, y)
    print(x, y, h1, h2, h3, h1 == h3)

print("other fractional powers")
for v in [2.0, 8.0, 27.0, 1000.0, 0.001, 64.0]:
    print(v, v ** (1.0 / 3.0), v ** 0.25, v ** 1.5, v ** -0.5, v ** 0.0, round(v ** (1 / 3), 12))

print("integer bases")
for n in [0, 1, 2, 3, 4, 10, 100, 2 ** 52, 2 ** 53 + 1, 10 ** 20]:
    r = n ** 0.5
    print(n, r, type(r).__name__, int(r) ** 2 == n, math.isqrt(n))

acc = 0.0
for i in range(1, 101):
    acc += (i * 0.1) ** 0.5
print("acc", acc, f"{acc:.6f}", round(acc, 9))

nxt = 1.0
for i in range(6):
    nxt = nxt ** 0.5 + 1e-17
    print(i, nxt, nxt == 1.0)
x = 2.0
for i in range(8):
    x = x ** 0.5
    print("root", i, x, x ** (2 ** (i + 1)))
print(0.0 ** 0.5, (-0.0) ** 0.5, math.sqrt(-0.0), 1.0 ** float("inf"), float("inf") ** 0.5)
try:
    math.sqrt(-1.0)
except ValueError as e:
    print("ValueError:", e)
try:
    0.0 ** -0.5
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1e308 ** 2.0
except OverflowError as e:
    print("OverflowError:", e)
