# sum() and sorted() with key= and reverse=.
print(sum([1, 2, 3]), sum([]), sum((1.5, 2.5)), sum([1, 2.5]))
print(sum([1, 2, 3], 10), sum([0.1, 0.2, 0.3]), sum(range(101)))
print(sum([2 ** 64, 2 ** 64]), sum([-1, 1, -1]))
print(sum([[1], [2, 3]], []))
print(sum([True, True, False]))


def neg(x):
    return -x


def lower(s):
    return s.lower()


nums = [5, 3, 8, 1, 9, 2]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=neg))
print(sorted(nums, key=neg, reverse=True))
print(nums)
names = ["bob", "Alice", "carol", "Dave"]
print(sorted(names), sorted(names, key=lower), sorted(names, key=lower, reverse=True))
print(sorted("python"), sorted((3, 1, 2)), sorted([]))
print(sorted([2.5, 1, -3, 2]))
recs = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]


def second(r):
    return r[1]


print(sorted(recs, key=second))
print(sorted(recs, key=second, reverse=True))
