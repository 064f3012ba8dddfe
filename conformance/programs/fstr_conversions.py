# !r and !s conversions in f-strings.
s = "it's"
n = 42
f = 2.5
lst = ["a", 1]
print(f"{s}")
print(f"{s!s}")
print(f"{s!r}")
print(f"{n!r} {f!r} {lst!r} {lst!s}")
print(f"{'tab	x'!r}")
print(f"{None!r} {True!s}")
print(f"{s!r:>12}|")
print(f"{s!s:<8}|")
print(f"{'hi'!r:^10}|")
print(f"{n}{n}{s}")
print(f"{{literal braces}} {n}")
print(f"{n + 1} {n * 2} {len(s)} {s.upper()} {lst[0]}")
d = {"key": "value"}
print(f"{d['key']} {d!r}")
print(f"nested quotes: {'x' + 'y'}")
