# Exception chaining: __cause__, __context__, suppress_context, re-raise, finally ordering.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise KeyError(s) from e

try:
    parse("x")
except KeyError as e:
    print(repr(e), type(e.__cause__).__name__, e.__suppress_context__)

def implicit():
    try:
        {}["a"]
    except KeyError:
        raise ValueError("while handling")

try:
    implicit()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("clean") from None

try:
    suppressed()
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

def order():
    log = []
    try:
        try:
            log.append("body")
            raise IndexError("i")
        finally:
            log.append("inner finally")
    except IndexError:
        log.append("handler")
    else:
        log.append("else")
    finally:
        log.append("outer finally")
    return log

print(order())

def reraise():
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise
        finally:
            print("finally before re-raise")

try:
    reraise()
except TypeError as e:
    print("re-raised", e)

def finally_return():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

print(finally_return())
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop", i)
    finally:
        print("cleanup", i)

class AppError(Exception):
    pass

try:
    try:
        raise AppError("first")
    except AppError as a:
        raise AppError("second") from a
except AppError as b:
    chain = []
    e = b
    while e is not None:
        chain.append(str(e))
        e = e.__cause__
    print(chain)
raise ValueError("final") from KeyError("root")
