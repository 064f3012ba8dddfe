# match with literal, singleton, value (dotted name), capture, wildcard, OR and AS patterns
# and guards: the first matching case wins, captures are bound only when their pattern
# matched (even if the guard then fails), no matching case falls through.

class Http:
    OK = 200
    NOT_FOUND = 404


def describe(value):
    match value:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 0.5:
            return "a half"
        case "yes" | "y" | "ok":
            return "agreement"
        case b"raw":
            return "bytes"
        case Http.OK:
            return "HTTP OK"
        case Http.NOT_FOUND as code:
            return f"HTTP {code}"
        case int(n) if n > 1000:
            return "big int"
        case int() | float() as number if number < 0:
            return f"negative {number}"
        case str(text) if len(text) > 10:
            return "long text"
        case other:
            return f"something else: {other!r}"


for v in [None, True, False, 0, 0.0, -1, 0.5, "y", "ok", b"raw", 200, 404, 5000, -7, -2.5, "a very long text", "short", 3, (1,), 1.0]:
    print(repr(v), "->", describe(v))


def grade(score):
    match score:
        case s if s >= 90:
            return "A"
        case s if s >= 80:
            return "B"
        case s if s >= 70:
            return "C"
        case _:
            return "F"


print([grade(s) for s in [95, 85, 75, 10, 90, 80]])

# A capture is bound when its pattern matched, even if the guard fails.
match 42:
    case bound if bound > 100:
        print("not this one")
    case _:
        print("bound anyway:", bound)

# A capture of a pattern that did not match is not bound.
try:
    match (1, 2):
        case (never, 3):
            pass
    print(never)
except NameError as e:
    print("NameError:", e)

# No case matches: the statement does nothing.
match "nothing":
    case "something":
        print("no")
print("fell through")

# The subject is evaluated once.
calls = []


def subject():
    calls.append(1)
    return len(calls)


match subject():
    case 5:
        print("five")
    case 4:
        print("four")
    case n:
        print("n =", n, "calls =", len(calls))

# Guards run in order and only when their pattern matched.
seen = []


def check(tag, result):
    seen.append(tag)
    return result


match 3:
    case 1 if check("g1", True):
        pass
    case 3 if check("g3a", False):
        pass
    case 3 if check("g3b", True):
        print("second guard on 3 won")
    case _ if check("never", True):
        pass
print(seen)


def in_loop(words):
    out = []
    for w in words:
        match w:
            case "stop":
                break
            case "skip":
                continue
            case word:
                out.append(word.upper())
    return out


print(in_loop(["a", "skip", "b", "stop", "c"]))


def make_counter():
    count = 0

    def bump(event):
        nonlocal count
        match event:
            case "inc":
                count += 1
            case "dec":
                count -= 1
            case ("add", count_delta):
                count += count_delta
        return count

    return bump


bump = make_counter()
print([bump(e) for e in ["inc", "inc", ("add", 10), "dec", "other"]])


class Config:
    match "debug":
        case "debug" as mode:
            level = 10
        case _:
            level = 20


print(Config.level, Config.mode)
