# Exceptions and `with`: __exit__ receives the exception (and suppresses it by returning a
# truthy value), exceptions raised by __enter__ and __exit__ themselves, managers missing
# the protocol, and an exception that escapes to the top level.

class Manager:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("cannot enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type is not None else None
        print("exit", self.name, kind, repr(exc))
        if self.fail_exit:
            raise OSError("cannot exit " + self.name)
        return self.suppress


with Manager("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed ValueError")

with Manager("truthy", suppress="yes"):
    [][1]
print("a truthy non-bool suppresses too")

try:
    with Manager("loud"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

try:
    with Manager("zero", suppress=0):
        1 / 0
except ZeroDivisionError as e:
    print("falsy return re-raises:", e)

try:
    with Manager("enter", fail_enter=True):
        print("body does not run")
except RuntimeError as e:
    print("from __enter__:", e)

try:
    with Manager("exit-normal", fail_exit=True):
        print("body ran")
except OSError as e:
    print("from __exit__:", e, e.__context__)

try:
    with Manager("exit-exc", fail_exit=True):
        raise ValueError("original")
except OSError as e:
    print("from __exit__:", e, "context:", repr(e.__context__))

try:
    with Manager("first") as a, Manager("second", fail_enter=True) as b:
        print("no")
except RuntimeError as e:
    print("only the first manager exits:", e)

with Manager("outer", suppress=True):
    with Manager("inner"):
        raise IndexError(7)
    print("not reached")
print("outer suppressed what inner let through")


def suppress_in_loop():
    found = []
    for word in ["1", "x", "3", "y"]:
        with Manager("conv " + word, suppress=True):
            found.append(int(word))
    return found


print(suppress_in_loop())


def exception_after_return_value():
    with Manager("ret", fail_exit=True):
        return "never returned"


try:
    exception_after_return_value()
except OSError as e:
    print("exit raised after return:", e)


class NoEnter:
    pass


class OnlyEnter:
    def __enter__(self):
        return self


for candidate in [NoEnter(), OnlyEnter(), 42, "text"]:
    try:
        with candidate:
            print("no")
    except TypeError as e:
        print("TypeError:", e)


class Counting:
    handled = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, ArithmeticError):
            Counting.handled += 1
            return True
        return None


for divisor in [1, 0, 2, 0]:
    with Counting():
        print(10 // divisor)
print("handled", Counting.handled)

with Manager("final"):
    {}["missing"]
