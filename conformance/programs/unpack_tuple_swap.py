# Tuple unpacking, swaps and rotations.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
p, q = [10, 20]
print(p, q)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
m, n = 5, "five"
m, n = n, m
print(m, n)
nums = [5, 3, 8, 1]
nums[0], nums[3] = nums[3], nums[0]
print(nums)
d = {"a": 1, "b": 2}
d["a"], d["b"] = d["b"], d["a"]
print(d)


def minmax(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


lo, hi = minmax([4, -2, 9, 0])
print(lo, hi)
res = minmax([7])
print(res, res[0])
fa, fb = 0, 1
for i in range(10):
    fa, fb = fb, fa + fb
print(fa, fb)
first, second = (1, 2)
(third, fourth) = 3, 4
[fifth, sixth] = 5, 6
print(first, second, third, fourth, fifth, sixth)
