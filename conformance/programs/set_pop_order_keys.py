# set.pop order on int sets, remove vs discard, KeyError messages, frozenset dict keys, sets of int tuples.
def drain(s):
    out = []
    while s:
        out.append(s.pop())
    return out


print(drain({5, 3, 1, 8, 2}))
print(drain(set(range(12, 0, -1))))
print(drain({-1, -2, -3, 0, 1, 2}))
print(drain({2 ** 40, 2 ** 40 - 1, -(2 ** 40), 17}))
print(drain(set([33, 1, 65, 97, 129])))
s = set()
for v in [64, 0, 32, 96, 128, 160]:
    s.add(v)
print(s)
print(s.pop(), s.pop(), s)
s.add(0)
s.add(1)
print(s, s.pop(), s)

print("--- remove / discard")
t = {1, -1, 2 ** 40}
for key in [1, 1, -1, 2 ** 40, 5, (1, 2), -2, 0]:
    try:
        t.remove(key)
        print("removed", key, t)
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
u = {10, 20}
print(u.discard(10), u, u.discard(10), u, u.discard(99), u)
try:
    set().pop()
except KeyError as e:
    print("KeyError", repr(e), e.args)
try:
    {1}.remove([1])
except TypeError as e:
    print("TypeError", e)
try:
    {1}.discard({2})
except TypeError as e:
    print("TypeError", e)
print({frozenset([1])}.__contains__({1}), {1}.discard if False else frozenset([1]) in {frozenset([1])})
w = {frozenset([1, 2]), frozenset([3])}
w.remove({1, 2})
print(w)
w.discard({3})
print(w)

print("--- frozenset keys")
d = {}
d[frozenset([1, 2])] = "ab"
d[frozenset([2, 1])] = "ba"
d[frozenset()] = "empty"
d[frozenset([3])] = "c"
print(len(d), d[frozenset([1, 2])], d[frozenset()], frozenset([3]) in d, frozenset([4]) in d)
for k in d:
    print(sorted(k), d[k])
print(d.get(frozenset([1, 2, 3]), "missing"), d.get(frozenset({2, 1}), "missing"))
try:
    print(d[frozenset([9])])
except KeyError as e:
    print("KeyError", e)
edges = {}
for a, b in [(1, 2), (2, 1), (2, 3), (3, 2), (1, 3), (4, 4)]:
    key = frozenset([a, b])
    edges[key] = edges.get(key, 0) + 1
for k in edges:
    print(sorted(k), len(k), edges[k])

print("--- sets of int tuples")
pts = set()
for x in range(-2, 3):
    for y in range(-1, 2):
        if (x + y) % 2 == 0:
            pts.add((x, y))
print(pts, len(pts))
print((0, 0) in pts, (1, 0) in pts, (-2, 0) in pts)
moved = set()
for p in pts:
    moved.add((p[0] + 1, p[1]))
print(moved)
print(pts & moved, pts - moved, len(pts | moved))
print(sorted(pts ^ moved))
nested = {((1, 2), 3), ((1, 2), 4), ((), 0), ((0,), 0)}
print(nested)
print(((1, 2), 3) in nested, ((2, 1), 3) in nested)

print("--- comprehensions")
sq = {x * x % 17 for x in range(30)}
print(sq, len(sq))
pairs = {(i, j) for i in range(3) for j in range(3) if i < j}
print(pairs)
neg = {-x for x in range(6)}
print(neg)
mixed = {x // 3 for x in range(-9, 10)}
print(mixed)
big = {2 ** k for k in range(0, 70, 7)}
print(big)
print({len(w) for w in ["a", "bb", "cc", "ddd", ""]})
print(sorted({c for c in "mississippi"}))
