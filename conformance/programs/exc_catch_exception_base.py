# `except Exception` catches all ordinary errors.
def bad_ops(i):
    if i == 0:
        return int("abc")
    if i == 1:
        return [1, 2][5]
    if i == 2:
        return {"a": 1}["b"]
    if i == 3:
        return 1 / 0
    if i == 4:
        return "a" + 1
    if i == 5:
        return len(5)
    return "ok"


for i in range(7):
    try:
        print(i, bad_ops(i))
    except Exception as e:
        print(i, "caught", repr(e))
failures = 0
for v in ["1", "two", "3", "", "4.0", "5"]:
    try:
        int(v)
    except Exception:
        failures += 1
print("failures:", failures)
