# Exception edge cases: raising in __init__/__repr__, finally overriding,
# return in finally, nested handlers, raise class vs instance, raising
# non-exceptions, tuples of types, bare raise without an active exception.


class Fragile:
    def __init__(self, ok):
        print("  Fragile.__init__", ok)
        if not ok:
            raise ValueError("init failed")
        self.ok = ok


class BadRepr:
    def __repr__(self):
        raise RuntimeError("repr exploded")

    def __str__(self):
        return "BadRepr-str"


print("-- raise in __init__")
obj = "unset"
try:
    obj = Fragile(False)
except ValueError as e:
    print("caught:", e, "| obj still:", obj)
obj = Fragile(True)
print("built:", obj.ok)
made = []
try:
    for flag in [True, True, False, True]:
        made.append(Fragile(flag))
except ValueError as e:
    print("made before failure:", len(made), e)

print("-- raise in __repr__")
try:
    print([BadRepr()])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(repr(BadRepr()))
except RuntimeError as e:
    print("RuntimeError:", e)
print("str still works:", str(BadRepr()), BadRepr())
try:
    print(f"{BadRepr()!r}")
except RuntimeError as e:
    print("f-string !r:", e)
try:
    print("%r" % (BadRepr(),))
except RuntimeError as e:
    print("%r:", e)

print("-- finally overriding")


def finally_raises():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")


try:
    finally_raises()
except Exception as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)


def finally_returns():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally wins"


print(finally_returns())


def finally_return_overrides_return():
    try:
        return "try"
    finally:
        return "finally"


print(finally_return_overrides_return())


def finally_break():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("lost")
            out.append(i)
        finally:
            if i == 1:
                break
    return out


print(finally_break())


def finally_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("lost too")
            out.append(i)
        finally:
            continue
    return out


print(finally_continue())


def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


print(return_value_evaluated_before_finally())


def finally_sees_state():
    log = []
    try:
        try:
            log.append("try")
            1 / 0
        except ZeroDivisionError:
            log.append("except")
            raise
        finally:
            log.append("finally")
    except ZeroDivisionError:
        log.append("outer")
    return log


print(finally_sees_state())

print("-- nested try in except")
try:
    try:
        raise ValueError("first")
    except ValueError as e1:
        try:
            raise TypeError("second")
        except TypeError as e2:
            print("inner:", e2, "| context:", repr(e2.__context__))
        print("back in outer handler, e1 =", e1)
        raise RuntimeError("third")
except RuntimeError as e3:
    print("third:", e3, "| context:", repr(e3.__context__), "| ctx ctx:", repr(e3.__context__.__context__))

try:
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b") from None
except KeyError as e:
    print("from None:", repr(e), e.__suppress_context__, repr(e.__cause__), repr(e.__context__))
try:
    try:
        raise ValueError("a")
    except ValueError as v:
        raise KeyError("b") from v
except KeyError as e:
    print("from v:", repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)

print("-- args/str/repr")
for e in [ValueError(), ValueError("x"), ValueError("x", 2), OSError("o"), KeyError("key"),
          UnicodeError("u"), AssertionError(), AssertionError("msg"), NotImplementedError("ni"),
          RecursionError("deep"), ArithmeticError("arith"), LookupError("look")]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args, isinstance(e, Exception))

print("-- raise class vs instance")
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args, type(e).__name__)
try:
    raise IndexError()
except LookupError as e:
    print("instance raised caught by base:", repr(e))


class CustomNoArgs(Exception):
    def __init__(self):
        super().__init__("made by init")


try:
    raise CustomNoArgs
except CustomNoArgs as e:
    print("custom class raised:", repr(e), str(e))


class NeedsArg(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


try:
    raise NeedsArg
except TypeError as e:
    print("raising class needing args:", type(e).__name__, "|", e)

print("-- raising non-exceptions")
for bad in [5, "text", None, [ValueError], (ValueError,), int, object()]:
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("bad cause:", e)
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print("cause from class:", repr(e.__cause__))

print("-- except tuples")
for exc in [KeyError("k"), IndexError("i"), ZeroDivisionError("z"), TypeError("t")]:
    try:
        try:
            raise exc
        except (KeyError, IndexError) as e:
            print("lookup pair caught:", type(e).__name__, e)
        except (ArithmeticError,) as e:
            print("arith tuple caught:", type(e).__name__)
    except TypeError as e:
        print("fell through:", repr(e))
handlers = (ValueError, TypeError)
try:
    int("x")
except handlers as e:
    print("tuple variable:", type(e).__name__)
nested = ((KeyError, (IndexError,)), ValueError)
try:
    try:
        [][0]
    except nested as e:
        print("nested tuple:", type(e).__name__)
except TypeError as e:
    print("nested tuple rejected:", e)
try:
    try:
        raise ValueError("v")
    except 5:
        print("unreachable")
except TypeError as e:
    print("bad except clause:", e)
try:
    try:
        raise ValueError("v")
    except (ValueError, 5) as e:
        print("tuple with junk, match first:", e)
except TypeError as e:
    print("tuple with junk:", e)

print("-- bare raise")
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


def reraise_helper():
    raise


try:
    try:
        raise KeyError("active")
    except KeyError:
        reraise_helper()
except KeyError as e:
    print("reraised from helper:", repr(e))
try:
    reraise_helper()
except RuntimeError as e:
    print("helper outside:", e)


def handled_then_raise():
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise


try:
    handled_then_raise()
except RuntimeError as e:
    print("after handled:", e)
except ValueError as e:
    print("wrong: reraised", e)

print("-- exception objects outlive handlers")
saved = []
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        saved.append(e)
print([repr(s) for s in saved], [s.args[0] for s in saved])
err = ValueError("reuse")
for attempt in range(2):
    try:
        raise err
    except ValueError as e:
        print("same object:", e is err, attempt)
e_with_attr = KeyError("x")
e_with_attr.note = "extra"
try:
    raise e_with_attr
except KeyError as e:
    print("custom attribute:", e.note)
print("done")
