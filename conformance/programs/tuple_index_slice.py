# Tuples: indexing, slicing, concatenation, comparison.
t = (1, 2, 3, 4, 5)
print(t[0], t[-1], t[1:3], t[::-1], t[::2], t[10:], t[-2:])
print(t + (6, 7))
print(t * 2)
print((0,) * 3)
print(len(t), 3 in t, 9 in t, 9 not in t)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 99), () < (0,))
print((1, "a") == (1, "a"), (1, 2) != (2, 1))
print(t.count(3), t.index(4))
point = (3, 4)
x, y = point
print(x, y, (x * x + y * y) ** 0.5)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0])
print(max((3, 1), (2, 9), (3, 0)), min((3, 1), (2, 9), (3, 0)))
empty = ()
print(empty, len(empty), empty == ())
single = ("solo",)
print(single, single[0], len(single))
records = [("bob", 25), ("amy", 31), ("cal", 25)]
print(sorted(records))
total = 0
for name, age in records:
    total += age
print(total)
