# Membership tests on lists, tuples, dicts and strings.
nums = [1, 2, 3, 4.0, "5"]
print(1 in nums, 4 in nums, 5 in nums, "5" in nums, 6 not in nums)
print(True in nums, 0 in nums, 2.0 in nums)
t = ("a", "b", ("c", "d"))
print("a" in t, "c" in t, ("c", "d") in t)
d = {"x": 1, "y": 2}
print("x" in d, 1 in d, "z" not in d)
print([1, 2] in [[1, 2], [3]], [2, 1] in [[1, 2], [3]])
print(None in [None], None in [], [] in [[]])
allowed = ["read", "write"]
for op in ["read", "exec", "write", "delete"]:
    if op in allowed:
        print(op, "allowed")
    else:
        print(op, "denied")
seen = []
for ch in "abracadabra":
    if ch not in seen:
        seen.append(ch)
print(seen)
print("" in "abc", "abc" in "abc", "abcd" in "abc")
