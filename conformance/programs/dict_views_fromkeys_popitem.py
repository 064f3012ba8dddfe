# dict views with int keys (set results have CPython's int-set order), fromkeys, popitem LIFO, setdefault, KeyError reprs.
d = {}
for k in [40, 8, -1, 16, 2 ** 40, 0, 24, -2]:
    d[k] = k * 2
ks = d.keys()
vs = d.values()
its = d.items()
print(ks)
print(vs)
print(its)
print(ks & {8, 16, 99}, ks | {3, -3}, ks - {40, 0}, ks ^ {0, 1, 2})
print({8, 99} & ks, {3} | ks, {40, 7} - ks, {0, 1} ^ ks)
print(its & {(8, 16), (40, 0)}, its - {(8, 16)} == set(its) - {(8, 16)}, (16, 32) in its, (16, 33) in its)
print(ks & range(10), ks | [5, 6], ks - (8,), ks ^ [40])
print(ks == {40, 8, -1, 16, 2 ** 40, 0, 24, -2}, ks == set(d), ks < set(range(-5, 50)) | {2 ** 40}, ks > {8}, ks.isdisjoint({1, 2}))
print(vs == vs, list(vs) == list(d.values()), 32 in vs, 33 in vs)
print(list(reversed(ks)), list(reversed(its))[:2])
d[100] = 200
del d[-1]
print(ks, len(vs), list(its)[-1])
print(type(ks).__name__, type(vs).__name__, type(its).__name__, type(ks & {1}).__name__)

print("--- fromkeys")
f = dict.fromkeys([3, 1, 2])
print(f, dict.fromkeys("aba", 0), dict.fromkeys(range(4), "x"), dict.fromkeys([]))
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared, shared["a"] is shared["b"])
fresh = {k: [] for k in ["a", "b"]}
fresh["a"].append(1)
print(fresh)
print(dict.fromkeys((1, 1.0, True), "one"), dict.fromkeys([(1, 2), (1, 2), (2, 1)]))

print("--- popitem and LIFO")
p = {"x": 1, "y": 2, "z": 3}
print(p.popitem(), p)
p["w"] = 4
p["x"] = 5
print(p, p.popitem(), p.popitem(), p)
p["y"] = 9
print(p, p.popitem(), p.popitem())
try:
    p.popitem()
except KeyError as e:
    print("KeyError", e, e.args)
q = {}
for i in range(6):
    q[i] = i * i
del q[2]
q[2] = "again"
out = []
while q:
    out.append(q.popitem())
print(out)

print("--- setdefault and pop")
sd = {}
print(sd.setdefault("a"), sd, sd.setdefault("a", 5), sd.setdefault("b", [1]), sd)
sd.setdefault("b", []).append(2)
sd.setdefault("c", []).append(3)
print(sd)
print(sd.pop("a"), sd.pop("zz", "dflt"), sd.pop("b"), sd)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(w[0], []).append(w)
print(groups)

print("--- KeyError reprs")
keys = ["missing", 'it\'s', "tab\there", 42, -0.5, (1, "a"), None, True, frozenset([1]), 2 ** 70, b"by", ""]
for k in keys:
    try:
        print({}[k])
    except KeyError as e:
        print("KeyError", e, repr(e), str(e) == repr(k))
try:
    {}.pop("gone")
except KeyError as e:
    print("KeyError", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    {1: 2}[[1]]
except TypeError as e:
    print("TypeError", e)

print("--- equality and nested reprs")
a = {"k": [1, {"n": (2, 3)}], 1: {2: {3: {}}}, (1, 2): {"s": "q'uote"}}
b = {(1, 2): {"s": "q'uote"}, 1: {2: {3: {}}}, "k": [1, {"n": (2, 3)}]}
print(a == b, a != b, list(a) == list(b), a)
print(b)
print({1: 1.0} == {1.0: 1}, {1: 2} == {1: 2, 3: 4}, {} == {}, {"a": [1]} == {"a": (1,)}, {0: None} == {False: None})
nest = {"l": [], "d": {}, "t": (), "s": set(), "f": frozenset(), "e": "", "n": None, "b": b"", "z": 0.0, "neg": -0.0}
print(nest)
print(repr(nest) == str(nest), len(repr(nest)))
rec = {"self": None}
rec["self"] = rec
print(rec, [rec])
