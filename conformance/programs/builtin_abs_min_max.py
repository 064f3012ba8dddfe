# abs, min and max on numbers, strings and sequences.
print(abs(-5), abs(5), abs(0), abs(-2.5), abs(-0.0), abs(-(2 ** 100)))
print(min(3, 1, 2), max(3, 1, 2))
print(min([4, -2, 7]), max([4, -2, 7]))
print(min((1.5, 1, 2)), max((1.5, 1, 2)))
print(min("hello"), max("hello"))
print(min("pear", "apple", "fig"), max("pear", "apple", "fig"))
print(min([3, 1], [2, 9], [3, 0]), max([3, 1], [2, 9], [3, 0]))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(max(True, 0), min(False, 1))
print(max(2 ** 64, 2 ** 63), min(-(2 ** 64), 5))
data = [17, -3, 42, 8, -11, 0]
lo = min(data)
hi = max(data)
print(lo, hi, hi - lo, data.index(hi))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
