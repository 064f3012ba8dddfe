# dict.get / keys / values / items.
d = {"apple": 3, "banana": 5, "cherry": 7}
print(d.get("apple"), d.get("durian"), d.get("durian", 0), d.get("banana", 99))
print(repr(d.get("x", "")))
keys = []
for k in d.keys():
    keys.append(k)
print(keys)
total = 0
for v in d.values():
    total += v
print(total)
for k, v in d.items():
    print(k, "=>", v)
print(len(d), len(d.keys()), len(d.items()))
print("apple" in d.keys(), 5 in d.values(), ("banana", 5) in d.items())
print(sorted(d.keys()), sorted(d.values(), reverse=True))
inverse = {}
for k, v in d.items():
    inverse[v] = k
print(inverse)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
