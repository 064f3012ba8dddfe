# try/except/else: else runs only when no exception was raised.
def parse(s):
    try:
        v = int(s)
    except ValueError:
        print(repr(s), "invalid")
        return None
    else:
        print(repr(s), "valid")
        return v * 2


print(parse("21"))
print(parse("x"))
for d in [5, 0]:
    try:
        r = 100 // d
    except ZeroDivisionError:
        print("div by zero")
    else:
        print("result", r)
    finally:
        print("checked", d)
try:
    print("body")
except Exception:
    print("never")
else:
    print("else runs")
try:
    try:
        pass
    except KeyError:
        print("never")
    else:
        raise ValueError("raised from else")
except ValueError as e:
    print("outer got:", e)
