# except with a tuple of exception types.
def convert(v):
    try:
        return int(v)
    except (ValueError, TypeError) as e:
        print("cannot convert", repr(v), "->", e)
        return None


print(convert("12"))
print(convert("1.5"))
print(convert(None))
print(convert([1]))
print(convert(7.9))


def lookup(container, key):
    try:
        return container[key]
    except (KeyError, IndexError) as e:
        print("lookup failed:", repr(e))
        return -1


print(lookup([1, 2, 3], 1), lookup([1, 2, 3], 5))
print(lookup({"a": 1}, "a"), lookup({"a": 1}, "b"))
errors = (ZeroDivisionError, OverflowError)
for d in [2, 0]:
    try:
        print(10 / d)
    except errors as e:
        print("math error:", e)
