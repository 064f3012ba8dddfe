# Sorting: stability with keys and reverse, tuples, dict items, str.lower,
# min/max with key/default, and a sort that raises midway.

records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 3), ("gus", 2)]

print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: -r[1]))
print(list(reversed(sorted(records, key=lambda r: r[1]))))
by_name_then_num = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print(by_name_then_num)
print(sorted(records, key=lambda r: (r[1], r[0])))
print(sorted(records, key=lambda r: (-r[1], r[0])))

print("-- equal keys keep order under reverse")
words = ["bb", "a", "ccc", "dd", "e", "fff", "g"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
w2 = list(words)
w2.sort(key=len, reverse=True)
print(w2 == sorted(words, key=len, reverse=True), w2)
print(sorted([3, 1, 2], reverse=True), sorted("banana"), sorted("banana", reverse=True))

print("-- tuples with mixed second elements")
print(sorted([(1, "b"), (0, 5), (1, "a"), (0, 2)]))
try:
    print(sorted([(1, "b"), (1, 5)]))
except TypeError as e:
    print("TypeError:", e)
print(sorted([(1, None), (0, None)]))
try:
    print(sorted([(1, None), (1, None)]))
except TypeError as e:
    print("TypeError:", e)
print(sorted([(2,), (1, 2), (1,), ()]))
print(sorted([[2, 1], [1, 9, 9], [1, 9], [1]]))
print(sorted([(1, [2]), (1, [1, 5]), (0, [9])]))

print("-- dict items and keys")
d = {"pear": 3, "apple": 3, "fig": 1, "kiwi": 2, "date": 1}
print(sorted(d.items()))
print(sorted(d.items(), key=lambda kv: kv[1]))
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(d, key=d.get))
print(sorted(d, key=d.get, reverse=True))
print(sorted(d.values()), sorted(d))
print(dict(sorted(d.items(), key=lambda kv: kv[1])))

print("-- str.lower and other method keys")
names = ["bob", "Alice", "alice", "Bob", "CARL", "carl", "Dave"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=str.lower, reverse=True))
print(sorted(names, key=str.upper))
print(sorted(names, key=len))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted(["b", "A", "a", "B", "_", "1", " "]))
print(sorted(["é", "e", "z", "É", "ß"]))
print(sorted([-1.5, 2, True, 0, -3, 1.0, False]))
print(sorted([3, 1, 2], key=lambda x: 0))
print(sorted([], key=len), sorted((), reverse=True), sorted({3: 1, 1: 2}))
print(sorted([1, -2, 3, -4], key=abs), sorted([1, -2, 3, -4], key=abs, reverse=True))

print("-- min/max with key and default")
print(min(records, key=lambda r: r[1]), max(records, key=lambda r: r[1]))
print(min([], default="empty"), max([], key=len, default=None))
print(min(["bb", "a", "cc"], key=len), max(["bb", "a", "cc"], key=len))
print(min("b", "a", "c"), max(3, 1, 2, key=lambda v: -v))
print(max([1, 5, 5.0, 3]), max([5.0, 5, 3]), min([1, True, 1.0]), min([True, 1]))
print(max({"a": 3, "b": 9}, key=lambda k: {"a": 3, "b": 9}[k]))
try:
    min([], key=len)
except ValueError as e:
    print("ValueError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)

print("-- sort raising midway")
data = [5, 3, "x", 1, 4]
try:
    data.sort()
except TypeError as e:
    print("TypeError:", e)
print("after failed sort:", data)
print("contents kept (same multiset):", sorted(data, key=str) == sorted([5, 3, "x", 1, 4], key=str), len(data))


def bad_key(v):
    if v == 4:
        raise ValueError("bad key " + str(v))
    return v


data2 = [9, 4, 7, 1]
try:
    data2.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e)
print("unchanged after key failure:", data2)


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 0 or other.v == 0:
            raise RuntimeError("cannot compare zero")
        return self.v < other.v

    def __repr__(self):
        return "Cmp(" + str(self.v) + ")"


items = [Cmp(3), Cmp(1), Cmp(0), Cmp(2)]
try:
    items.sort()
except RuntimeError as e:
    print("RuntimeError:", e)
print("multiset kept:", sorted(c.v for c in items), len(items))
print(sorted([Cmp(3), Cmp(1), Cmp(2)]))
lst = [3, 1, 2]
r = lst.sort()
print(r, lst)
try:
    sorted([1, 2], key=None, reverse="yes")
    print("reverse str accepted?")
except TypeError as e:
    print("TypeError:", e)
print(sorted([2, 1], reverse=1), sorted([2, 1], reverse=0))
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
