# match statements: class patterns with __match_args__ (positional and keyword
# sub-patterns), mapping patterns with **rest, guards, or-patterns, captures, nesting.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


class Rect:
    __match_args__ = ("corner", "w", "h")

    def __init__(self, corner, w, h):
        self.corner = corner
        self.w = w
        self.h = h


class Segment:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def classify(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(0, y) | Point(y, 0):
            return f"on an axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Point(x=px, y=py) if px < 0 and py < 0:
            return f"third quadrant ({px}, {py})"
        case Point():
            return "some point " + repr(shape)
        case Circle(Point(0, 0), r) if r > 10:
            return f"big centered circle r={r}"
        case Circle(Point(cx, cy), radius=r):
            return f"circle at ({cx}, {cy}) r={r}"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square {w} at ({x}, {y})"
        case Rect(_, w, h):
            return f"rect {w}x{h} area {w * h}"
        case Segment(a=Point() as a, b=Point() as b):
            return f"segment {a} -> {b}"
        case Segment():
            return "segment of non-points"
        case _:
            return "unknown " + type(shape).__name__


shapes = [
    Point(0, 0), Point(0, 5), Point(7, 0), Point(3, 3), Point(-1, -2), Point(1, -2),
    Circle(Point(0, 0), 11), Circle(Point(0, 0), 2), Circle(Point(4, 5), 1.5),
    Rect(Point(1, 1), 4, 4), Rect(Point(0, 0), 2, 8), Segment(Point(1, 2), Point(3, 4)),
    Segment(1, 2), "text", 42,
]
for s in shapes:
    print(classify(s))


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y), **rest} if not rest:
            return f"plain click at {x},{y}"
        case {"type": "click", "pos": (x, y), **rest}:
            return f"click at {x},{y} with extras {sorted(rest.items())}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", "key": k}:
            return f"special key {k}"
        case {"type": "move", "path": [first, *middle, last]}:
            return f"move {first}..{last} via {len(middle)}"
        case {"type": "batch", "events": [*evs]}:
            return "batch[" + "; ".join(handle(e) for e in evs) + "]"
        case {"type": t, **rest}:
            return f"unhandled {t} keys={sorted(rest)}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "button": "right", "mods": 2},
    {"type": "click", "pos": (1, 2, 3)},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "Enter"},
    {"type": "key", "key": 13},
    {"type": "move", "path": [(0, 0), (1, 1), (2, 2), (3, 3)]},
    {"type": "move", "path": [(0, 0)]},
    {"type": "batch", "events": [{"type": "key", "key": "z"}, {"type": "click", "pos": (0, 0)}]},
    {"type": "scroll", "dy": -3, "dx": 0},
    {"size": 3},
    {},
    [("type", "click")],
]
for e in events:
    print(handle(e))


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return "going " + d
        case ["go", other]:
            return "cannot go " + other
        case ["take", *things] if things:
            return "taking " + ", ".join(things)
        case ["take"]:
            return "take what?"
        case ["say", *words] if len(words) > 3:
            return "too long"
        case ["say", *words]:
            return " ".join(w.upper() for w in words)
        case [verb] if verb in ("quit", "exit"):
            return "bye"
        case [single]:
            return "unknown verb " + single
        case []:
            return "empty"
        case [verb, *_]:
            return f"unknown command {verb} ({len(cmd.split()) - 1} args)"


for c in ["go north", "go up", "take lamp key", "take", "say hi there", "say a b c d",
          "quit", "dance", "", "jump over fence"]:
    print(repr(c), "->", command(c))


def numbers(v):
    match v:
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return "negative int"
        case bool():
            return "bool"
        case int() | float() as n if n > 1000:
            return "big number"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case (a, b):
            return f"pair {numbers(a)} & {numbers(b)}"
        case [a, b, c]:
            return "triple"
        case None:
            return "none"
        case _:
            return "other"


for v in [0, 0.0, False, True, -5, 5000, 2.5e9, 7, 1.5, (1, 2.0), [1, 2, 3], None, "0", (0, True)]:
    print(repr(v), numbers(v))
