# float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag; float repr edge cases.
for v in [0.0, -0.0, 1.0, 2.5, -3.0, 1e300, 0.1, 5e-324, 1e16, 123.456, float("inf"), float("nan")]:
    print(repr(v), v.is_integer(), v.hex(), v.conjugate(), v.real, v.imag)
    try:
        print(" ", v.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(" ", type(e).__name__, e)
for s in ["0x1.8p1", "0x1p-1074", "-0x1.fffffffffffffp+1023", "0x10", "0XA.8P0", "inf", "-nan", "0x.8", "  0x1p4  "]:
    print(s, float.fromhex(s))
for s in ["0x1p2000", "xyz", "0x1.g"]:
    try:
        print(float.fromhex(s))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float.fromhex("0x1.999999999999ap-4") == 0.1, (0.1).hex(), (1 / 3).hex(), (-2.0 ** -1022).hex(), (2.0 ** -1030).hex())
print(1e16, 1e15, 123456789012345678.0, 1.5e-5, 0.0001, 1e-4 * 3, 2.0 ** 0.5, 1 / 7, -1e-300 * 1e-300, 1e308 * 10, 9007199254740993.0)
print(float(10 ** 20), float(2 ** 63), float(-(2 ** 1023)), 10 ** 20 / 3, 7 / 2, 2 ** -1, (2 ** 53 + 1) / 1)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2, 5.0 % -3, (-0.0) % 5, 1e308 + 1e308, -(1e308 * 10))
print(abs(-2.5), abs(-0.0), max(1.5, 2), min(-0.0, 0.0), pow(2.0, 0.5), pow(-8.0, 1 / 3) if False else pow(2.0, -2), 0.0 ** 0)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1e300), hash(float("inf")), hash(2.0 ** 61), hash(-1.0))
