# Dicts iterate in insertion order; overwriting keeps position.
d = {}
for k in ["zebra", "apple", "mango", "kiwi"]:
    d[k] = len(k)
print(d)
d["apple"] = 100
print(d)
del d["zebra"]
print(d)
d["zebra"] = 0
print(d)
for k in d:
    print(k, d[k])
nums = {}
for i in [5, 3, 9, 1, 7]:
    nums[i] = i * i
print(nums)
for k, v in nums.items():
    print(k, v, end="; ")
print()
popped = nums.pop(9)
nums[9] = popped
print(nums)
mixed = {1: "int", "1": "str", 1.5: "float", (1,): "tuple"}
for k in mixed:
    print(repr(k), mixed[k])
same = {1: "a", 1.0: "b", True: "c"}
print(same)
