# Custom exception hierarchies with attributes, raise ... from ..., implicit context
# chaining, __cause__/__context__/__suppress_context__ inspected and printed.
class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self):
        base = f"[{self.code}] {self.message}"
        return base if self.detail is None else base + f" ({self.detail})"


class ConfigError(AppError):
    code = 10


class MissingKey(ConfigError):
    code = 11

    def __init__(self, key):
        super().__init__(f"missing key {key!r}", detail="check config")
        self.key = key


class NetworkError(AppError):
    code = 20

    def __init__(self, host, attempts):
        super().__init__(f"cannot reach {host}")
        self.host = host
        self.attempts = attempts


def describe(e):
    parts = [type(e).__name__ + ": " + str(e)]
    cause = e.__cause__
    ctx = e.__context__
    parts.append("cause=" + (type(cause).__name__ + "(" + str(cause) + ")" if cause is not None else "None"))
    parts.append("context=" + (type(ctx).__name__ + "(" + str(ctx) + ")" if ctx is not None else "None"))
    parts.append("suppress=" + str(e.__suppress_context__))
    return " | ".join(parts)


def chain_of(e):
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__cause__ if e.__cause__ is not None else (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(names)


config = {"host": "example", "port": "80x"}


def get(key):
    try:
        return config[key]
    except KeyError:
        raise MissingKey(key)


def get_port():
    raw = get("port")
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError("bad port", detail=raw) from exc


for thunk in [lambda: get("host"), lambda: get("user"), get_port]:
    try:
        print("value", thunk())
    except AppError as e:
        print(describe(e))
        print("  chain:", chain_of(e), "code", e.code, "isinstance ConfigError", isinstance(e, ConfigError))

try:
    try:
        raise NetworkError("db.local", 3)
    except NetworkError as e:
        print("caught", e, e.host, e.attempts, e.args, e.detail)
        raise RuntimeError("giving up") from None
except RuntimeError as e:
    print(describe(e))
    print("  context kept but suppressed:", type(e.__context__).__name__, chain_of(e))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][0]
        except IndexError:
            raise AppError("nested failure")
except AppError as e:
    print(describe(e))
    print("  inner context:", describe(e.__context__))
    print("  chain:", chain_of(e))

try:
    try:
        raise ValueError("original")
    except ValueError as ve:
        raise TypeError("converted") from KeyError("explicit cause")
except TypeError as e:
    print(describe(e))
    print("  chain:", chain_of(e))

err = MissingKey("abc")
print(repr(err.key), err.args, str(err), err.code, MissingKey.__mro__[1].__name__)
print(issubclass(MissingKey, AppError), issubclass(NetworkError, ConfigError))
print(err.__cause__, err.__context__, err.__suppress_context__)
err2 = AppError("x")
err2.__cause__ = ValueError("manual")
print(describe(err2))

handled = []
for exc in [MissingKey("a"), ConfigError("c"), NetworkError("h", 1), AppError("base"), KeyError("k")]:
    try:
        try:
            raise exc
        except ConfigError as e:
            handled.append(("config", e.code))
        except AppError as e:
            handled.append(("app", e.code))
    except KeyError as e:
        handled.append(("other", str(e)))
print(handled)


def reraise_with_context():
    try:
        raise AppError("first")
    except AppError:
        try:
            raise ConfigError("second")
        finally:
            print("inner finally runs")


try:
    reraise_with_context()
except ConfigError as e:
    print(describe(e))

e_outer = None
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        e_outer = e
        raise
except ValueError as e:
    print(e is e_outer, e.__context__, e.__cause__)
try:
    print(e)
except NameError as ne:
    print("exception variable unbound after except:", ne)
