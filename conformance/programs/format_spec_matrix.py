# The format-spec mini-language as a matrix: every type letter against fill/align/sign/#/0/width/grouping/precision, and error messages.
ints = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 64, -(2 ** 70) + 1]
specs = ["", "d", "5d", "<8", ">8", "^9", "=+9", "*^+10", "0>6", "08", "+", " ", "-", "_", ",", "+,", "012,", "_b", "#b", "#_b", "o", "#o",
         "x", "#x", "X", "#X", "#_x", "#012x", "c", "e", ".2e", "E", "f", ".1f", "g", "G", "%", ".0%", ",.2f", "n"]
for v in ints:
    row = []
    for spec in specs:
        if spec == "c" and not (32 <= v < 0x110000):
            continue
        row.append(format(v, spec))
    print(v, "|".join(row))

print("--- floats")
floats = [0.0, -0.0, 1.5, -1.5, 2.5, 1234.5678, -0.000123456, 1e16, 123456789.0, 1e-7, 3.0, float("inf"), float("-inf"), float("nan")]
fspecs = ["", "f", ".0f", ".3f", "#.0f", "e", ".0e", "#.0e", ".3E", "g", ".3g", "#g", "#.3g", ".10g", "G", "%", ".1%", "+.2f", " .2f",
          "10.2f", "<10.2f", "^12.3e", "=+12.2f", "012.3f", "0=12.2f", ",.2f", "_.3f", ",", ".2", "z.1f", "z.0f", "z+g"]
for v in floats:
    print(repr(v), "|".join(format(v, spec) for spec in fspecs))

print("--- strings")
for v in ["", "a", "hello", "日本語", "héllo"]:
    print(repr(v), "|".join(format(v, spec) for spec in ["", "s", "5", "<5", ">5", "^5", "*^7", ".2", "8.3", "->6.1", ".0", "^4.2s"]))

print("--- bools and None")
print(format(True), format(True, "d"), format(False, "x"), format(True, "5"), format(True, ">5s"), format(True, ".1f"), format(None), format(None, ""), format(True, "#b"))

print("--- f-strings with nested specs")
for width in [4, 8]:
    for prec in [1, 3]:
        for align in "<^>":
            print(f"[{3.14159:{align}{width}.{prec}f}] [{'ab':{align}{width}}] [{42:{'0'}{width}}] [{-42:{'+' if prec == 1 else ' '}{width}d}]")
val = 1234.5
fill = "~"
print(f"{val:{fill}^{16},.2f}", f"{val!r:>12}", f"{'x'!r:^7}", f"{val=}", f"{val = :.1f}", f"{3 + 4=}")

print("--- errors")
bad = [(5, "s"), (5, ".2d"), (1.5, "d"), (1.5, "x"), ("s", "d"), ("s", "="), ("s", "+"), ("s", ",") , (5, ",_"), (5, "_,"), (5, ",c"),
       (5, "#c"), (1.5, "c"), (-1, "c"), (0x110000, "c"), (5, "z"), (5, "zd"), ("s", "z"), (5, "q"), (5, "5.5.5"), (1.5, "#,x"), (None, "d"), (None, ">5")]
for v, spec in bad:
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
