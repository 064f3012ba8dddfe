# try/except selecting the handler by exception type.
def risky(kind):
    if kind == 0:
        return "fine"
    if kind == 1:
        raise ValueError("bad value")
    if kind == 2:
        raise KeyError("missing")
    if kind == 3:
        raise IndexError("out of range")
    if kind == 4:
        return 1 // 0
    raise RuntimeError("unexpected")


for k in range(6):
    try:
        r = risky(k)
        print(k, "returned", r)
    except ValueError as e:
        print(k, "ValueError", e)
    except KeyError as e:
        print(k, "KeyError", e)
    except IndexError:
        print(k, "IndexError (no binding)")
    except ZeroDivisionError as e:
        print(k, "ZeroDivisionError", e)
    except Exception as e:
        print(k, "Exception", e)
print("after loop")
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("wrong handler")
except TypeError as e:
    print("outer caught", e)
