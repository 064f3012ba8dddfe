# None, True and False print as their names.
print(None)
print(True, False)
print(repr(None), repr(True), str(False))
print([None, True, False])
print((None,))
print({"flag": True, "missing": None})
x = None
print(x == None, x != None)
print(1 == 1, 1 == 2)
print(True and False, True or False, not True)
print(bool(1), bool(0), bool(""), bool("x"), bool([]), bool([0]), bool(None))
print(bool({}), bool({"k": 0}), bool(()), bool((0,)))
print(str(True) + "!", "Value: " + str(None))
print(len(str(False)), len(repr(None)))
result = None
for v in [3, 8, 1]:
    if v > 5:
        result = v
print(result)
