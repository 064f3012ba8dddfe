# float: parsing text, round() ties on computed values, exact ratios, hex roundtrips, floor/mod/divmod with negatives, -0.0 results.
import math

for s in ["1.5", " -2.25 ", "1_000.5", "1e3", "1E-3", ".5", "5.", "-.5e+2", "inf", "-Infinity", "nan", "+NaN", "0x10" if False else "10",
          "1e400", "-1e400", "1e-400", "4.9e-324", "2.4e-324", "0.1e1_0", "  \t7\n", "١٫٥" if False else "١٢", "1_2.3_4e1_0"]:
    print(repr(s), float(s))
for s in ["", "1.5.2", "1e", "e5", "_1.0", "1_.0", "1__0.0", "0x1p3", "nan1", "1,5", "--1", "infinityy"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError", e)
for bad in [None, [1.0]]:
    try:
        float(bad)
    except TypeError as e:
        print("TypeError", e)

print("--- round on computed values")
for n in range(-6, 7):
    x = n + 0.5
    print(x, round(x), round(x / 10, 1), round(x / 100, 2), round(x * 1000, -3), round(-x, 0))
for x in [2.675, 2.665, 0.125, 0.135, 1.0005, 1234.5, 1235.5, 0.045, 1.45, 2.345, 1e15 + 0.5, 4.5e-5]:
    print(repr(x), round(x, 2), round(x, 1), round(x, 3), round(x, -1), f"{x:.2f}", "%.2f" % x, repr(round(x, 2)) == repr(float(f"{x:.2f}")))
for n in [5, 15, 25, 45, 50, 150, 250, 350, -50, -150, 1250, 1350, 10 ** 20 + 50]:
    print(n, round(n, -1), round(n, -2), round(n, -3), round(float(n), -2))
print(round(-0.5), round(0.5), round(1.5), round(-1.5), round(-0.4), round(-0.0), round(0.49999999999999994), round(-2.5, 0), round(2.5, -1))

print("--- ratios and hex")
for x in [0.5, 0.1, 0.2, 0.3, 1 / 3, 2.675, -1.25, 1e-3, 3.0, 2.0 ** 60, 2.0 ** -60, 123.456]:
    n, d = x.as_integer_ratio()
    h = x.hex()
    print(repr(x), n, d, n / d == x, h, float.fromhex(h) == x, x.is_integer(), math.floor(x), math.ceil(x), math.trunc(x), int(x))
print((0.1 + 0.2).as_integer_ratio(), (0.1 + 0.2) == 0.3, 0.1 + 0.2, sum([0.1] * 10), math.fsum([0.1] * 10), 0.1 * 3)

print("--- floor division, modulo, divmod")
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 0.5), (-7, 0.75), (1e-3, -1), (0.0, -3), (-0.0, 3), (5.5, 5.5), (-5.5, 5.5),
         (1e16, 3.0), (-1e16, 7.0), (3.0, 1e16), (-3.0, 1e16), (2.0 ** 53, -1.5), (float("inf"), 2.0), (2.0, float("inf")), (-2.0, float("inf"))]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, divmod(a, b), math.fmod(a, b) if a != float("inf") else "x", a - q * b == r or (q != q))
for a, b in [(1.0, 0.0), (0.0, 0.0), (5, 0.0)]:
    for op in ["//", "%", "divmod", "/"]:
        try:
            if op == "//":
                print(a // b)
            elif op == "%":
                print(a % b)
            elif op == "divmod":
                print(divmod(a, b))
            else:
                print(a / b)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", op, e)

print("--- signed zeros")
z = -0.0
print(z, 0.0 == z, repr(z * 1), repr(0.0 * -1), repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(-0.0 * 0), abs(z), -z, math.copysign(1, z))
print(repr(-1e-320 * 1e-10), repr(round(-0.4)), repr(round(-0.4, 1)), repr(-3 % 3.0), repr(3 % -3.0), repr(-0.0 // 1), repr(0.0 // -1), repr(divmod(-0.0, 5)))
print(f"{z}", f"{z:.1f}", f"{z:g}", "%f" % z, str(z), int(z), z.hex(), z.as_integer_ratio(), z.is_integer(), math.floor(-0.5), math.ceil(-0.5))
