"""Every pattern kind of `match`."""
def describe(subject):
    match subject:
        case 0 | 1 | -1:
            return "small"
        case 1.5 | 2j | -3 + 4j:
            return "number"
        case "text" | b"bytes":
            return "string"
        case None:
            return "none"
        case True | False:
            return "bool"
        case [x, y, *rest] if x > y:
            return rest
        case (first, _, *_):
            return first
        case []:
            return "empty"
        case {"key": value, "other": [inner, *_], **extra}:
            return value, inner, extra
        case {}:
            return "mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(px, py) as point if px == py:
            return point
        case str() | bytes():
            return "str-like"
        case Color.RED:
            return "red"
        case [Point(x=a), Point(x=b)] | (Point(x=b), Point(x=a)):
            return a, b
        case _:
            return "other"


def capture_all(subject):
    match subject:
        case whatever:
            return whatever
