# format() of str and other objects: fill/align/width/precision, errors for numeric options.
for v in ["abc", "", "héllo", "日本"]:
    row = []
    for sp in ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".2", "10.1", "é>4", "0>4", ">04", "05", "x<3s"]:
        row.append(format(v, sp))
    print(repr(v), "|".join(row))
for sp in ["d", "+", " ", "#", ",", "=5", "05", "_", "z", "f", "c", "x"]:
    try:
        print(repr(format("abc", sp)))
    except ValueError as e:
        print("ValueError", e)
print(format(None, ""), format([1, 2], ""), format((1,), ""), format({"a": 1}, ""))
try:
    format(None, "5")
except TypeError as e:
    print("TypeError", e)
try:
    format([1], ">5")
except TypeError as e:
    print("TypeError", e)
try:
    format("a", 5)
except TypeError as e:
    print("TypeError", e)
print(f"{'x':>{3}}|{'y':{'*'}^{5}}|{'long text':.{4}}|{3.14159:{'.'}{2}f}")
print(f"{'a'!r:>6}|{'é'!a}|{'b'!s:3}|{[1, 'x']!r}|{1.0!s}")
w = 8
p = 3
print(f"{'abcdef':{w}.{p}}|{2.0/3:{w}.{p}}|{12345:{w},}")
