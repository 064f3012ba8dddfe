# Iteration order of sets of ints and tuples of ints: CPython's hash and table probing, resizes, deletions.
# (Displays of constants are in set_order_const_literals.py; here sets are built item by item.)
print(set([5, 3, 1, 8, 2]))
print(set([100, 7, 33, 64, 1, 0, -1, -5]))
print(set(range(20, 0, -1)))
print(set([1 << 40, 1 << 20, 1 << 10, 3, 17]))
print(set([-1, -2, -3, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 64]))
print(set([8, 16, 24, 32, 40, 48, 56, 64]))
print(set([(1, 2), (2, 1), (0, 0), (3, 4), (-1, 5)]))
print(set([(1,), (1, 2, 3), (), (7, (8, 9))]))
print(frozenset([9, 1, 25, 17, 33]))
print(set([1.5, 2.0, 0.25, -3.5]))
print(set([True, 0, 2]))
s = set()
i = 0
while i < 50:
    s.add(i * 7 % 31)
    i += 1
print(s)
s2 = set()
for v in [32, 0, 64, 96, 1, 33, 65]:
    s2.add(v)
print(s2)
s2.discard(0)
s2.discard(64)
print(s2)
s2.add(128)
s2.add(0)
print(s2)
big = set(range(1000))
for v in range(0, 1000, 3):
    big.discard(v)
print(len(big), list(big)[:20])
h = set()
for v in [10 ** 10, 10 ** 12, 10 ** 15, 2 ** 40 + 1, 12345678901]:
    h.add(v)
print(h)
print(set([1, 2, 3]) | {100, 50}, set([9, 8, 7]) & set([7, 8, 10]), set([64, 32, 16]) - {32}, set([5, 37, 69]) ^ {37, 101})
print(set([(0, 0), (1, 1), (2, 4), (3, 9)]))
p = set()
for x in range(5):
    for y in range(3):
        p.add((x, y))
print(p)
print(list(set([3, 11, 19, 27])), tuple(frozenset([44, 12, 76])), sorted({3, 11, 19, 27}))
t = set([1, 9, 17])
t.remove(9)
t.add(25)
print(t, t.pop(), t)
