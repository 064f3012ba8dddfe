# Sorting: stability, multiple keys, reverse with stability, custom objects and key functions.
records = [("bob", 25, "NY"), ("amy", 30, "LA"), ("cat", 25, "LA"), ("dan", 30, "NY"), ("eve", 25, "NY")]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[2], -r[1], r[0])))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_city = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[2])
print([r[0] for r in by_city])
words = "The quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len))
print(sorted(words, key=lambda w: (-len(w), w.lower())))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums, sorted(nums, key=lambda n: (n < 0, n)))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]), min(records, key=lambda r: (r[1], r[0])))
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return self.s
print(sorted([Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]))
