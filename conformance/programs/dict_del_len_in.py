# del d[k], len(d) and membership.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(len(d))
del d["b"]
print(d, len(d))
print("b" in d, "c" in d, "b" not in d)
try:
    del d["b"]
except KeyError as e:
    print("KeyError:", e)
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e, repr(e))
for k in ["a", "c"]:
    del d[k]
print(d, len(d))
del d["d"]
print(d, len(d), bool(d))
cache = {}
for n in range(10):
    cache[n] = n * n
for n in range(0, 10, 2):
    del cache[n]
print(cache, len(cache))
lst = [0, 1, 2, 3, 4]
del lst[1]
print(lst)
del lst[-1]
print(lst)
