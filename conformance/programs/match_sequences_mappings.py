# Sequence patterns (fixed length, star anywhere, nested) match lists, tuples and ranges but
# not str, bytes or dicts; mapping patterns match dicts, allow extra keys, capture the rest
# with **rest, and check duplicate keys at run time.

def shape(seq):
    match seq:
        case []:
            return "empty"
        case [only]:
            return f"one: {only!r}"
        case [x, y]:
            return f"pair: {x!r}, {y!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first!r} .. {last!r} ({len(middle)} between)"
        case [first, *rest]:
            return f"head {first!r} tail {rest!r}"
        case _:
            return "not a sequence"


for s in [[], [1], (1, 2), [1, 2, 3], range(7), "ab", b"ab", {"a": 1, "b": 2}, 5, [[1, 2]], (None,)]:
    print(repr(s), "->", shape(s))


def stars(seq):
    match seq:
        case [*_, 0]:
            return "ends with zero"
        case [0, *_]:
            return "starts with zero"
        case [*init, 9, 9]:
            return f"two nines after {init}"
        case [*everything]:
            return f"all of {everything}"


for s in [[1, 0], (0, 5), [1, 2, 9, 9], [9, 9], [3], []]:
    print(s, "->", stars(s))


def nested(v):
    match v:
        case [(x1, y1), (x2, y2)]:
            return f"segment ({x1},{y1})-({x2},{y2})"
        case [[*row] as r1, [*_] as r2] if len(r1) == len(r2):
            return f"square-ish rows {row}"
        case ((1 | 2) as small, [a, b, *_]):
            return f"small {small} with {a}, {b}"
    return "no"


print(nested([(0, 0), (3, 4)]))
print(nested([[1, 2], [3, 4]]))
print(nested((2, [7, 8, 9])))
print(nested((3, [7, 8, 9])))


def config(d):
    match d:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **extra} if extra:
            return f"circle {r} with {sorted(extra)}"
        case {"type": "circle", "r": r}:
            return f"plain circle {r}"
        case {"type": kind, **rest}:
            return f"unknown {kind} {rest}"
        case {}:
            return f"dict without type ({len(d)} keys)"
        case _:
            return "not a mapping"


for d in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "color": "red", "fill": True}, {"type": "circle", "r": 1},
          {"type": "blob", "size": 3}, {"x": 1}, {}, [("type", "point")], "type"]:
    print(d, "->", config(d))


def keys_of_any_type(d):
    match d:
        case {1: one, -2.5: pair, None: nothing}:
            return one, pair, nothing
        case {True: t}:
            return "true key", t
    return None


print(keys_of_any_type({1: "a", -2.5: "b", None: "c"}))
print(keys_of_any_type({1: "only one"}))

# The rest is a new dict; the subject is unchanged.
original = {"a": 1, "b": 2, "c": 3}
match original:
    case {"b": _, **others}:
        others["z"] = 26
        print(others, original)


class Keys:
    A = "same"
    B = "same"


try:
    match {"same": 1}:
        case {Keys.A: 1, Keys.B: 1}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

# Mappings inside sequences and sequences inside mappings.
events = [
    {"kind": "move", "path": [(0, 0), (1, 1), (2, 2)]},
    {"kind": "say", "words": ["hello", "world"]},
    {"kind": "say", "words": []},
    {"kind": "batch", "items": [{"kind": "say", "words": ["hi"]}]},
]
for event in events:
    match event:
        case {"kind": "move", "path": [start, *_, end]}:
            print("move from", start, "to", end)
        case {"kind": "say", "words": [first, *more]}:
            print("say", first, "and", len(more), "more")
        case {"kind": "batch", "items": [{"kind": inner_kind}]}:
            print("batch of one", inner_kind)
        case {"kind": other}:
            print("unhandled", other)

# A str subject never matches a sequence pattern.
match "xy":
    case [a, b]:
        print("sequence")
    case str():
        print("a str is not a sequence here")
