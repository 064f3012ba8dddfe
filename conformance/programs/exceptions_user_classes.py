# User exception classes with their own attributes, hierarchies, raise from.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key!r}")
        self.key = key

class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
        super().__init__(field, reason)

def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]

data = {"a": 1}
for k in ["a", "b"]:
    try:
        print("found", lookup(data, k))
    except NotFound as e:
        print("NotFound:", e, e.key, e.args, isinstance(e, AppError))

try:
    raise Invalid("age", "negative")
except AppError as e:
    print(type(e).__name__, e.field, e.reason, e.args, str(e))

def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise Invalid("number", s) from e

try:
    convert("x")
except Invalid as e:
    print("cause:", type(e.__cause__).__name__, e.__cause__)

class Retry(Exception):
    def __str__(self):
        return "custom message"

try:
    raise Retry()
except Exception as e:
    print(e, repr(e))

raise NotFound("final")
