# User exception classes: attributes, custom __init__/__str__, hierarchy, raise class vs instance.
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem

class InsufficientFunds(AppError):
    def __init__(self, needed, available):
        self.needed = needed
        self.available = available
    def __str__(self):
        return f"need {self.needed}, have {self.available}"

class CodedError(ValueError):
    code = 400
    def __init__(self, msg, code=None):
        super().__init__(msg)
        if code is not None:
            self.code = code

for exc in [AppError("plain"), ValidationError("age", "negative"), InsufficientFunds(10, 3), CodedError("bad", 404), CodedError("x")]:
    try:
        raise exc
    except AppError as e:
        print("AppError branch:", type(e).__name__, e, repr(e), e.args)
    except ValueError as e:
        print("ValueError branch:", type(e).__name__, e, e.code, e.args)

try:
    raise ValidationError("name", "empty")
except ValidationError as e:
    print(e.field, e.problem, str(e), isinstance(e, AppError), isinstance(e, Exception))

try:
    raise AppError
except AppError as e:
    print(repr(e), e.args, str(e) == "")

try:
    raise InsufficientFunds(5, 1)
except Exception as e:
    print(type(e).__mro__[1].__name__, e.needed, e.args)

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr(1)), str(WithRepr(1, 2)), [WithRepr()])

class Wrapper(Exception):
    def __init__(self, inner):
        super().__init__("wrapped", inner)
        self.inner = inner
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise Wrapper(ke)
except Wrapper as w:
    print(w.args[0], repr(w.inner), w.inner.args)

class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)

class Retry(Exception):
    attempts = 0
def flaky():
    Retry.attempts += 1
    if Retry.attempts < 3:
        raise Retry(f"attempt {Retry.attempts}")
    return "succeeded"
for _ in range(5):
    try:
        print(flaky())
        break
    except Retry as e:
        print("retrying after", e)

class MyKeyError(KeyError):
    pass
try:
    raise MyKeyError("missing")
except LookupError as e:
    print(type(e).__name__, e, repr(e))

def check(x):
    if x < 0:
        raise ValidationError("x", f"{x} < 0")
    return x
results = []
for v in [1, -2, 3]:
    try:
        results.append(check(v))
    except ValidationError as e:
        results.append(e.problem)
print(results)
e = CodedError("late")
e.extra = [1, 2]
print(e.extra, e.code, vars(e))
raise InsufficientFunds(100, 42)
