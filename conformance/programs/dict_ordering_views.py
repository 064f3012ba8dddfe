# Dict insertion order through updates, deletes and re-inserts; views reflecting changes.
d = {}
for k in "banana":
    d[k] = d.get(k, 0) + 1
print(d, list(d), list(d.values()))
del d["b"]
d["b"] = 9
print(d)
keys = d.keys()
items = d.items()
d["z"] = 0
print(list(keys), len(items), ("z", 0) in items, "q" in keys)
d.update(a=100, y=1)
print(d, d.pop("n"), d.popitem(), d)
e = dict.fromkeys("xyz", 0)
e |= {"x": 1}
print(e, {**e, "w": 5}, dict(sorted(e.items(), key=lambda kv: -kv[1])))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = [1, 2]
print(nested, nested["a"]["b"].get("e", "missing"))
inverted = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inverted, sorted(inverted), list(reversed(list(inverted))))
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as err:
    print("RuntimeError:", err)
