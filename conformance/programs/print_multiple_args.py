# print with zero or many arguments of mixed types.
print()
print("one")
print("one", "two")
print(1, 2.0, "three", None, True, [4], (5,), {"six": 6})
print()
print("", "")
print("", "x", "")
print(-1, -0.5, 2 ** 70)
name = "Ada"
age = 36
print("Name:", name, "Age:", age)
print("Total:", 10 + 5, "Average:", 15 / 2)
for row in range(1, 4):
    print(row, row * 2, row * 3, row ** 2)
print("nested", [[1, 2], [3]], ((1,), 2))
print(print("inner"))
