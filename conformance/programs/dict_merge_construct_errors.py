# dict construction forms, | and |= merges, update() variants, comprehension tricks, mutation-during-iteration errors.
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict([(1, 2)], z=3), dict({"k": "v"}, k="w"))
print(dict(zip("abc", range(3))), dict(zip([1, 2, 3], "xyz")), dict([[1, "a"], (2, "b"), "cd"]))
print(dict(enumerate("hey", 10)), dict((i, i * i) for i in range(4)))
for bad in [[(1, 2, 3)], [1], ["abc"], [(1,)], 5, [[1, 2], None]]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({1: 2}, {3: 4})
except TypeError as e:
    print("TypeError", e)

print("--- merge operators")
base = {"host": "localhost", "port": 8080, "debug": False}
over = {"port": 9090, "user": "admin"}
merged = base | over
print(merged, base, over)
print(over | base, base | {}, {} | base, base | base == base)
cfg = dict(base)
alias = cfg
cfg |= over
cfg |= {"debug": True}
cfg |= [("extra", 1), ("port", 1)]
cfg |= zip(["z1", "z2"], [0, 0])
print(cfg, alias is cfg)
chain = {1: "a"} | {2: "b"} | {1: "c"} | {3: "d"}
print(chain, list(chain))
try:
    print({1: 2} | [(3, 4)])
except TypeError as e:
    print("TypeError", e)
try:
    cfg |= [(1, 2, 3)]
except ValueError as e:
    print("ValueError", e)
try:
    print([(3, 4)] | {1: 2})
except TypeError as e:
    print("TypeError", e)

print("--- update")
u = {"a": 1}
print(u.update({"b": 2}), u)
u.update([("c", 3)], d=4)
u.update(a=10)
u.update({})
u.update(u)
print(u)
u.update(zip(range(3), "xyz"))
print(u, len(u))
order = {"one": 1, "two": 2, "three": 3}
order["one"] = 111
order.update({"two": 222, "four": 4})
print(order, list(order.items())[0])
del order["one"]
order["one"] = 1
print(list(order))

print("--- comprehensions")
sq = {n: n * n for n in range(-3, 4)}
print(sq)
inv = {v: k for k, v in sq.items()}
print(inv)
words = ["delta", "alpha", "charlie", "bravo", "alpha", "echo", "delta"]
first = {w: i for i, w in enumerate(words)}
print(first)
lens = {w: len(w) for w in words if len(w) > 4}
print(lens)
nested = {i: {j: i * j for j in range(i)} for i in range(4)}
print(nested)
keyed = {(i, j): i + j for i in range(2) for j in range(3)}
print(keyed)
cond = {k: ("even" if k % 2 == 0 else "odd") for k in range(5)}
print(cond)

print("--- mutation during iteration")
m = {1: 1, 2: 2, 3: 3}
try:
    for k in m:
        m[k + 10] = k
except RuntimeError as e:
    print("RuntimeError", e)
print(len(m) in (3, 4))
m2 = {1: 1, 2: 2, 3: 3}
try:
    for k in m2:
        del m2[k]
except RuntimeError as e:
    print("RuntimeError", e)
m3 = {1: 1, 2: 2, 3: 3}
for k in m3:
    m3[k] = m3[k] * 100
print(m3)
m4 = {1: 1, 2: 2, 3: 3}
for k in list(m4):
    if k % 2:
        del m4[k]
print(m4)
m5 = {"a": 1}
try:
    for k in m5.keys():
        m5.pop(k)
        m5["b"] = 2
except RuntimeError as e:
    print("RuntimeError", e)
print(m5)

print("--- copies")
orig = {"list": [1, 2], "dict": {"x": 1}}
shallow = orig.copy()
shallow["list"].append(3)
shallow["dict"] = {"y": 2}
print(orig, shallow, orig["list"] is shallow["list"])
cl = orig.copy()
cl.clear()
print(orig, cl, len(cl))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items(), reverse=True), max({1: 5, 9: 0}), min({"b": 0, "a": 1}))
print(list(reversed({1: 0, 2: 0, 3: 0})), list(reversed({1: 0, 2: 0}.items())), sum({1: 0, 2: 0, 3: 0}))
