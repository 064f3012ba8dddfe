# int(x, base): prefixes, underscores, whitespace, signs, base 0, bases 2..36, Unicode digits, errors.
cases = [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("0b101", 2), ("17", 8), ("0o17", 8),
         ("z", 36), ("Zz", 36), ("-101", 2), ("+7f", 16), ("  42  ", 10), ("\t-0x_1f\n", 16), ("1_000_000", 10), ("0_0", 0),
         ("000", 0), ("0", 0), ("-0", 0), ("10", 3), ("١٢٣", 10), ("９", 10), ("1" * 40, 2), ("7" * 30, 8), ("f" * 40, 16),
         ("123456789012345678901234567890", 10), ("-123456789012345678901234567890", 0), ("0X1F", 0), ("0B11", 0), ("0O7", 0)]
for s, b in cases:
    print(repr(s), b, int(s, b))
print(int("42"), int(" -17 "), int("+0"), int(3.99), int(-3.99), int(True), int(1e20), int("0"), int(), int(base=16, x="ff"))
bad = [("", 10), ("12a", 10), ("0x", 16), ("0x1f", 10), ("_1", 10), ("1_", 10), ("1__0", 10), ("08", 0), ("0b2", 0), ("9", 8),
       ("1.5", 10), ("- 1", 10), ("z", 35), ("12", 1), ("12", 37), ("12", -1), ("0x_", 16), (" ", 10), ("++1", 10), ("1" * 5000, 10)]
for s, b in bad:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError", str(e)[:100])
try:
    int(12, 10)
except TypeError as e:
    print("TypeError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    int("10", 2.5)
except TypeError as e:
    print("TypeError", e)
print(int(b"42"), int(b" -7 ", 16), int(bytearray(b"11"), 2) if False else int(b"11", 2))
print(float("1.5"), float(" -2e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_000.5"), float("١.٥"), float(".5"), float("5."))
for s in ["", "1.2.3", "abc", "1e", "_1.0", "1__0.0", "0x10", "in f"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError", e)
