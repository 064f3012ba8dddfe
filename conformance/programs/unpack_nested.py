# Nested unpacking targets.
(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, z) = 1, (2, 3)
print(x, y, z)
(p, q), (r, s) = [(1, 2), (3, 4)]
print(p, q, r, s)
((aa, bb), cc), dd = ((1, 2), 3), 4
print(aa, bb, cc, dd)
name, (lat, lon) = "Paris", (48.85, 2.35)
print(name, lat, lon)
data = [("alice", (90, 85)), ("bob", (70, 95)), ("cy", (60, 60))]
for who, (m1, m2) in data:
    print(who, m1 + m2, (m1 + m2) / 2)
points = [((0, 0), (3, 4)), ((1, 1), (4, 5)), ((-1, 2), (2, -2))]
for (x1, y1), (x2, y2) in points:
    dx = x2 - x1
    dy = y2 - y1
    print(dx, dy, (dx * dx + dy * dy) ** 0.5)
(f, g), h = "ab", "c"
print(f, g, h)
for i, (k, v) in enumerate([("k1", 1), ("k2", 2)]):
    print(i, k, v)
