# User classes in sets and dict keys: __eq__/__hash__ contracts, unhashable instances.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(pts), Point(1, 2) in pts, Point(9, 9) in pts)
seen = {}
for p in [Point(0, 0), Point(1, 1), Point(0, 0)]:
    seen[p] = seen.get(p, 0) + 1
print(sorted(seen.items(), key=lambda kv: (kv[0].x, kv[0].y)))

class NoHash:
    def __eq__(self, other):
        return True

try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5, NoHash() != 5)

class Identity:
    pass

a, b = Identity(), Identity()
print(a == a, a == b, len({a, b, a}))
print(sorted({(1, 2), (0, 5), (1, 1)}), {frozenset({1, 2}): "fs"}[frozenset({2, 1})])
