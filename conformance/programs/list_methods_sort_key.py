# sort(key=...) and sorted(key=..., reverse=True) with def'd key functions.
def by_len(s):
    return len(s)


def second(pair):
    return pair[1]


def last_char(s):
    return s[-1]


def neg_then_name(rec):
    return (-rec[1], rec[0])


words = ["kiwi", "fig", "banana", "apple", "date", "plum"]
words.sort(key=by_len)
print(words)
words.sort(key=by_len, reverse=True)
print(words)
print(sorted(words, key=last_char))
pairs = [("a", 3), ("b", 1), ("c", 2), ("d", 1)]
pairs.sort(key=second)
print(pairs)
print(sorted(pairs, key=second, reverse=True))
scores = [("amy", 90), ("bob", 85), ("cal", 90), ("dan", 70), ("eve", 85)]
for name, s in sorted(scores, key=neg_then_name):
    print(name, s)


def absval(x):
    return abs(x)


nums = [-7, 3, -1, 0, 5, -3]
print(sorted(nums, key=absval))
nums.sort(key=absval, reverse=True)
print(nums)
