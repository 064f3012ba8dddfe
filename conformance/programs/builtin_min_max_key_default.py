# min/max with key= (def'd function) and default=.
def length(s):
    return len(s)


def second(t):
    return t[1]


def dist_from_10(x):
    return abs(x - 10)


words = ["kiwi", "banana", "fig", "cherry", "date"]
print(min(words, key=length), max(words, key=length))
print(max("ab", "abc", "x", key=length))
pairs = [("a", 5), ("b", 2), ("c", 9), ("d", 2)]
print(min(pairs, key=second), max(pairs, key=second))
print(min([3, 8, 12, 15], key=dist_from_10), max([3, 8, 12, 15], key=dist_from_10))
print(max([], default=0), min([], default="none"))
print(max([], key=length, default="empty"))
print(max([5], default=0), min([7, 1], default=100))
print(min([4, 9, 16], key=dist_from_10, default=-1))
ages = {"ann": 31, "bob": 27, "cid": 45}


def age_of(name):
    return ages[name]


print(max(ages, key=age_of), min(ages, key=age_of))
