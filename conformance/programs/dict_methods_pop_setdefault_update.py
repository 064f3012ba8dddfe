# dict.pop / setdefault / update.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d)
print(d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("a", 100), d)
print(d.setdefault("n", 100), d)
print(d.setdefault("m"), d)
d.update({"a": -1, "z": 26})
print(d)
d.update([("q", 17), ("a", 0)])
print(d)
d.update(k=11)
print(d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
base = {"host": "localhost", "port": 80}
over = {"port": 8080, "debug": True}
merged = {}
merged.update(base)
merged.update(over)
print(merged, base)
