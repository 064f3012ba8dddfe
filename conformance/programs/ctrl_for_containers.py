# for loops over lists, strings, tuples and dicts.
for x in [10, 20, 30]:
    print("list item", x)
for ch in "hey":
    print("char", ch)
for t in (1, "b", 2.5):
    print("tuple item", t)
d = {"zeta": 26, "alpha": 1, "mu": 12}
for k in d:
    print("key", k, "value", d[k])
for k in d.keys():
    print("keys()", k)
for v in d.values():
    print("values()", v)
for k, v in d.items():
    print("items()", k, v)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
for i, (num, word) in enumerate(pairs):
    print(i, num, word)
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    for v in row:
        print(v, end=",")
    print()
for a, b in zip("abc", [1, 2, 3]):
    print(a, b)
for x in reversed([1, 2, 3]):
    print("rev", x)
