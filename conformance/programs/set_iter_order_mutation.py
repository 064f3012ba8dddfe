# Iteration order of int sets through mutation: dummies, re-adds, resizes, big and negative ints, multi-arg methods.
s = set()
for v in [-1, -2, 2 ** 40, 0, 7, -(2 ** 40), 2 ** 63, -(2 ** 63), 2 ** 64 + 3]:
    s.add(v)
    print(len(s), s)
for v in [0, -1, 2 ** 40]:
    s.discard(v)
    print("discard", v, s)
for v in [2 ** 40, -1, 1000, 0]:
    s.add(v)
    print("add", v, s)

print("--- growth")
g = set()
for i in range(40):
    g.add(i * 37 % 101 - 50)
    if i % 8 == 7:
        print(i, len(g), list(g)[:12])
print(g)
r = set(range(-10, 10))
print(r)
for i in range(-10, 10, 2):
    r.remove(i)
print(r)
for i in range(100, 120, 3):
    r.add(i)
print(r)
print(list(r) == list(set(list(r))), sorted(r) == sorted(set(sorted(r))))

print("--- constructors and copies")
src = [9, 1, 17, 25, 33, 9, 1, -7, -15]
a = set(src)
print(a, set(tuple(src)), set(reversed(src)), frozenset(src))
print(a.copy(), set(a), set(frozenset(src)))
print(set(range(0, 80, 8)), set(range(80, 0, -8)))
print(set(x * 1024 for x in range(6)), set(-x * 1024 for x in range(6)))
d = {5: "a", 3: "b", 1: "c"}
print(set(d), set(d.values()) == {"a", "b", "c"}, set(d.items()) == {(5, "a"), (3, "b"), (1, "c")})

print("--- multi-arg methods")
base = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
print(base.union(range(8, 14), [0, -1], (100,)), base.intersection(range(0, 20, 2), [2, 4, 6, 8, 11], {4, 8, 2}))
print(base.difference(range(3), [9, 10], {5}), base.symmetric_difference(range(5, 15)))
print(base.issubset(range(11)), base.issubset(range(10)), base.issuperset(range(1, 11)), base.issuperset([0]))
print(base.isdisjoint(range(11, 20)), base.isdisjoint(x for x in [50, 60, 10]), base.isdisjoint([]))
b = set(base)
b.update(range(20, 23), [-5], (2 ** 40,))
print(b)
b.intersection_update(range(-10, 30), [2 ** 40, 1, 2, 3, 20, 21, -5, 99], {1, 3, 21, -5})
print(b)
b.difference_update([1], (3,), range(0))
print(b)
b.symmetric_difference_update({21, 4, 5})
print(b)
f = frozenset(range(6))
print(f.union(), f.intersection(), f.difference(), f.union([6]) == set(range(7)))
print(frozenset().union(range(3), [5]), set().intersection([1]), set().union())

print("--- hashes of frozensets of ints")
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset([-1, -2])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset(range(100))) == hash(frozenset(range(99, -1, -1))))
print(hash((1, 2, 3)), hash(()), hash((-1, -2)), hash(((1, 2), (3, 4))), hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-(2 ** 70)))
