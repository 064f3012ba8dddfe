# repr of dicts, nested containers, and mixed key types.
print({})
print({"a": 1})
print({"a": 1, "b": 2})
print({1: "one", 2: "two"})
print({"list": [1, 2], "tuple": (3,), "dict": {"x": None}})
print({(1, 2): "pair", 3.5: "float", True: "bool"})
print([{"a": 1}, {"b": [2, 3]}])
d = {}
d["z"] = 26
d["a"] = 1
d["m"] = 13
print(d)
d["a"] = 100
print(d)
print(str(d) == repr(d))
inventory = {"apples": 3, "pears": 0, "figs": 12}
print(inventory)
matrix = {"row1": [1, 2, 3], "row2": [4, 5, 6]}
print(matrix)
print({"quote": "it's", "esc": "a\nb"})
print({1: {2: {3: {}}}})
print({-1: -1.5, 0: 0.0, 10 ** 20: 2 ** 70})
