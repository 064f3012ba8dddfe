# isinstance with single types and tuples of types.
vals = [1, -2 ** 70, 1.5, "s", "", [1], [], {"a": 1}, (1,), (), True, False, None]
for v in vals:
    print(repr(v), isinstance(v, int), isinstance(v, float), isinstance(v, str),
          isinstance(v, list), isinstance(v, dict), isinstance(v, tuple), isinstance(v, bool))
print(isinstance(5, (str, int)), isinstance(5.0, (str, int)), isinstance("x", (list, tuple, str)))
print(isinstance(True, int), isinstance(1, bool))
print(isinstance([], (dict, tuple)), isinstance({}, (dict, tuple)))


def describe(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, (list, tuple)):
        return "sequence of " + str(len(v))
    if isinstance(v, dict):
        return "mapping"
    return "other"


for v in vals:
    print(describe(v))
