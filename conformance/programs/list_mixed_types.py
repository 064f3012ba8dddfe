# A list holding ints, strs, floats and other objects.
items = [1, "two", 3.0, None, True, [5], (6,), {"seven": 7}]
print(items)
print(len(items))
for it in items:
    print(repr(it), isinstance(it, int), isinstance(it, str))
nums = 0
strs = 0
floats = 0
for it in items:
    if isinstance(it, bool):
        print("bool", it)
    elif isinstance(it, int):
        nums += it
    elif isinstance(it, str):
        strs += 1
    elif isinstance(it, float):
        floats += it
print(nums, strs, floats)
mixed = [3, 1.5, 2, 0.25]
print(sorted(mixed), sum(mixed), max(mixed))
row = ["id", 42, 3.5, "ok"]
row.append(7)
row.insert(0, "start")
print(row)
print(row.index(42), row.count("ok"))
out = ""
for v in row:
    out += str(v) + ";"
print(out)
