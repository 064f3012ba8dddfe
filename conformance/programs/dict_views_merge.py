# dict views (keys/values/items): set operations, membership, len, iteration, liveness; | and |= merge; dict methods.
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it, len(k), len(v), len(it))
print("a" in k, "z" in k, 2 in v, 9 in v, ("a", 1) in it, ("a", 2) in it, ["a", 1] in it if False else ("c", 3) in it)
d["d"] = 4
print(k, v, it)
del d["a"]
print(list(k), list(v), list(it))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}), type(k & {"b"}).__name__)
print(sorted(it & {("b", 2), ("c", 0)}), sorted(it | {("n", 0)}), sorted(it - {("b", 2)}))
print(k == {"b", "c", "d"}, k != {"b"}, k <= {"b", "c", "d", "e"}, k < {"b", "c", "d"}, k >= {"b"}, k.isdisjoint({"q"}), k.isdisjoint(["b"]))
print(sorted(k & ["b", "c"]), sorted({"x": 1}.keys() | {"y": 2}.keys()))
e = {1: "one", 2: "two"}
f = {2: "TWO", 3: "three"}
print(e | f, f | e, e, f)
g = e
g |= f
print(g, e, g is e)
g |= [(9, "nine"), (1, "uno")]
print(g)
try:
    print(e | [(1, 2)])
except TypeError as e2:
    print("TypeError", e2)
try:
    g |= 5
except TypeError as e2:
    print("TypeError", e2)
try:
    g |= [1]
except TypeError as e2:
    print("TypeError", e2)
try:
    print(v == v, v == d.values())
except TypeError as e2:
    print("TypeError", e2)
try:
    hash(k)
except TypeError as e2:
    print("TypeError", e2)
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())), list(reversed(d)))
m = {}
print(m.setdefault("x", []), m, m.setdefault("x", 5), m.get("y"), m.get("y", 0), m.pop("x"), m.pop("q", "dflt"), m)
n = dict.fromkeys(["a", "b"], 0)
n.update({"c": 1}, d=2)
n.update([("e", 3)])
n.update(f=4)
print(n, n.popitem(), n, dict(n) == n, dict(n) is n, n.copy(), len(n))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, k2=2), dict(zip("ab", range(2))))
try:
    {}.popitem()
except KeyError as e2:
    print("KeyError", e2)
try:
    dict([1, 2])
except TypeError as e2:
    print("TypeError", e2)
try:
    dict([("a", 1, 2)])
except ValueError as e2:
    print("ValueError", e2)
try:
    {}["missing"]
except KeyError as e2:
    print("KeyError", e2)
try:
    {[1]: 2}
except TypeError as e2:
    print("TypeError", e2)
x = {"a": 1}
for key in x.keys():
    print("key", key)
try:
    for key in x:
        x["new"] = 1
except RuntimeError as e2:
    print("RuntimeError", e2)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {}, {1: 2} != {}, {1: 1.0} == {1.0: 1})
print(repr({}), repr({1: {2: [3]}}), str({"a": "b"}), {True: 1, 1: 2}, {1: "a", 1.0: "b"})
