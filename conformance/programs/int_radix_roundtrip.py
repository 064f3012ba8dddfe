# int <-> text in every base 2..36: hand-written conversion vs int(s, base) and format(), prefixes/underscores, per-base digit errors.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(n, base):
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


def group(s, size, sep):
    head = ""
    if s.startswith("-"):
        head = "-"
        s = s[1:]
    parts = []
    while len(s) > size:
        parts.append(s[-size:])
        s = s[:-size]
    parts.append(s)
    return head + sep.join(reversed(parts))


values = [0, 1, -1, 35, 36, -37, 255, 1000, -4096, 2 ** 31 - 1, -(2 ** 31), 2 ** 64 + 1, -(3 ** 50), 10 ** 25 + 7]
for base in range(2, 37):
    row = []
    for v in values:
        s = to_base(v, base)
        assert int(s, base) == v
        assert int(s.upper(), base) == v
        row.append(s)
    print(base, " ".join(row[:8]))
    print("  ", " ".join(row[8:]))
for v in values:
    print(v, format(v, "b") == to_base(v, 2), format(v, "o") == to_base(v, 8), format(v, "x") == to_base(v, 16),
          bin(v), oct(v), hex(v), format(v, "#_x"), format(v, "_b")[-19:])

print("--- prefixes and base 0")
for v in values:
    for prefix, base in [("0b", 2), ("0o", 8), ("0x", 16)]:
        body = to_base(abs(v), base)
        text = ("-" if v < 0 else "") + prefix + body
        assert int(text, 0) == v
        assert int(text, base) == v
        if len(body) > 4:
            under = ("-" if v < 0 else "") + prefix + group(body, 4, "_")
            assert int(under, 0) == v
    dec = group(str(v), 3, "_")
    print(dec, int(dec), int(dec, 0) == v, int("  " + dec + "\n", 10) == v)
for text in ["0", "00", "0_0", "-0", "+0x0", "0b_1", "0o_7", "0x_f", " 0X_AbC ", "0B1_0_1", "1_2_3"]:
    print(repr(text), int(text, 0))

print("--- per-base errors")
for base in [2, 3, 8, 10, 11, 16, 35, 36]:
    if base < 36:
        bad = DIGITS[base]
        try:
            print(int("1" + bad, base))
        except ValueError as e:
            print(base, "ValueError", e)
    for text in ["", "-", "_", "1_", "_1", "1__1", "+-1", "1 1", "0x", "0b"]:
        try:
            r = int(text, base)
            print(base, repr(text), "ok", r)
        except ValueError as e:
            print(base, repr(text), "ValueError", e)
for text in ["012", "0_12", "00", "0b", "0o8", "0xg", "0x 1", "09"]:
    try:
        print(repr(text), int(text, 0))
    except ValueError as e:
        print(repr(text), "ValueError", e)
for base in [-1, 1, 37, 100]:
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError", e)
for bad in [3.5, [], None]:
    try:
        int(bad, 10)
    except TypeError as e:
        print("TypeError", e)

print("--- digit limit")
big = 7 ** 5000
s = str(big)
print(len(s), s[:20], s[-20:], int(s) == big, big.bit_length(), len(hex(big)), int(hex(big), 16) == big)
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError", e)
try:
    int("9" * 4301)
except ValueError as e:
    print("ValueError", e)
print(len(str(10 ** 4299)), int("9" * 4300) % 1000, int("f" * 5000, 16) % 1000)
