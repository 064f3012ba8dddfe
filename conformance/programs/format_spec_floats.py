# format() of floats: e/E/f/F/g/G/%/n/none, precision, alternate form, special values, grouping.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1e-7, 1.5e-5, 123456789.0, 1e16, 1.7976931348623157e308,
        5e-324, 1e100, float("inf"), float("-inf"), float("nan"), 0.5, 1234.5678, 100.0, 9.9999, 0.00001234]
specs = ["", "e", "E", ".0e", ".3e", "f", "F", ".0f", ".2f", ".10f", "g", "G", ".0g", ".1g", ".3g", ".10g", "#g", "#.3g", "#.0f",
         "#.0e", "%", ".1%", ".0%", "n", ",", ",.2f", "_.3f", "+", " ", "+.2e", "12.3f", "<12.2f", "^12g", "=+12.1f", "012.3f",
         "*>10", ".3", "#.3", ".0", "015,.2f", "z.1f", "z", "-", "10.4n", ".2n"]
for v in vals:
    row = []
    for sp in specs:
        row.append(format(v, sp))
    print(repr(v), "|".join(row))
for sp in ["d", "x", "c", "b", "s", ",_", "#5.5s", ".2.2f"]:
    try:
        print(format(1.5, sp))
    except ValueError as e:
        print("ValueError", e)
print(f"{2.675:.2f}", f"{1.005:.2f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{-0.5:.0f}")
print(f"{1e22:f}", f"{1e22:.3g}", f"{123456.0:g}", f"{1234567.0:g}", f"{0.0001:g}", f"{0.00001:g}", f"{1e-5:G}")
print(f"{12345.678:,.1f}", f"{1234567.891:_.2f}", f"{-0.0:+}", f"{-0.0:z}", f"{-0.00001:z.2f}", f"{-1e-9:z.3e}")
print(format(1.0, ".17g"), format(0.1, ".17g"), format(0.1, ".20f"), format(1 / 3, ".30f"), format(2 ** 0.5, ".50e"))
print(format(1e300, ".0f")[:30], len(format(1e300, "f")), format(123.456, ".5"), format(123.456, ".2"), format(1e6, ".2"))
