# bool() of many values and bools in arithmetic.
for v in [0, 1, -1, 0.0, 0.5, "", "False", [], [False], {}, {"": 0}, (), (0,), None, 2 ** 100]:
    print(repr(v), bool(v))
print(bool(), int(True) + int(False), True + True + True)
print(True * 2.5, False + 0.5, -True, abs(-True))
print(str(True), repr(False), str(bool("x")))
print(True == 1, True == 1.0, False == 0, True != 2)
flags = [True, False, True, True]
print(sum(flags), flags.count(True), max(flags), min(flags))
print(sorted([True, False, True, 0, 1]))
count = 0
for f in flags:
    if f:
        count += 1
print(count)
print(isinstance(True, int), isinstance(False, bool))
