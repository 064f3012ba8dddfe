# format() of ints: every presentation type, sign, alternate form, fill/align, grouping, zero padding.
vals = [0, 1, -1, 7, -42, 255, 1000, -65535, 1234567, 2 ** 64, -(3 ** 50), True]
specs = ["", "d", "5d", "<6d", ">6d", "^7d", "=+8d", "+d", " d", "-d", "08d", "+08d", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
         "c", ",", "_", ",d", "_x", "_b", "_o", "#_x", "012,d", "*^12,", "n", "e", "E", ".2e", "f", ".3f", "%", ".1%", "g", "G",
         "#010x", "-^+9", "x<5", "0>5", "010", "#", "+#o", "020_b", ".0f", "15.3e"]
for v in vals:
    row = []
    for sp in specs:
        if sp == "c" and (v < 0 or v > 1114111):
            continue
        row.append(format(v, sp))
    print(v, "|".join(row))
errs = ["s", ".2d", "=", "z", "+c", ",c", ",x", "_,", ",_", "#c", "5.5.5", "ab", "<<<", "1" * 30]
for sp in errs:
    try:
        print(repr(format(42, sp)))
    except ValueError as e:
        print("ValueError", e)
try:
    format(-5, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    format(2 ** 40, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
print(f"{12345:,}", f"{-12345678:_}", f"{0xdeadbeef:_X}", f"{255:#010b}", f"{42:^+10}", f"{-3:=5}")
print(f"{7:{'>'}{5}}", f"{7:{3}d}", f"{1000000:,d}", format(10 ** 20, ","), format(-(10 ** 30), "_"))
print(format(True, "d"), format(False, ""), format(True, "x"), format(True, ">5"), repr(format(True, "")))
