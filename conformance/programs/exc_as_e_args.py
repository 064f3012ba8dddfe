# The bound exception: str(e), repr(e), e.args.
try:
    raise ValueError("bad thing", 42)
except ValueError as e:
    print(e)
    print(repr(e))
    print(e.args)
    print(e.args[0], e.args[1])
try:
    raise ValueError()
except ValueError as e:
    print(repr(str(e)), repr(e), e.args)
try:
    raise KeyError("k")
except KeyError as e:
    print(e, repr(e), e.args)
try:
    raise RuntimeError("single")
except RuntimeError as e:
    print(e, repr(e), e.args, len(e.args))
try:
    raise Exception("it's quoted")
except Exception as e:
    print(e, repr(e))
try:
    raise TypeError(123)
except TypeError as e:
    print(e, repr(e), e.args)
try:
    [].pop()
except IndexError as e:
    print(e, repr(e), e.args)
try:
    int("x1")
except ValueError as e:
    msg = str(e)
    print(msg, len(msg), msg.startswith("invalid literal"))
