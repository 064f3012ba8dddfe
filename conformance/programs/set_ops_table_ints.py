# set/frozenset operators over a table of int sets (negative, large, colliding hashes): results, types, in-place identity.
samples = [
    set(),
    {1, 2, 3},
    {3, 4, 5, 6},
    {-1, -2, 0, 1},
    {2 ** 40, 2 ** 40 + 1, -1, 7},
    {8, 16, 24, 32, 40},
    frozenset([1, 2]),
    frozenset([-2, 2, 2 ** 61 - 1, 2 ** 61]),
]


def show(label, value):
    print(label, type(value).__name__, value, len(value))


for i in range(len(samples)):
    for j in range(len(samples)):
        a = samples[i]
        b = samples[j]
        if (i + j) % 3 != 0 and i != j:
            continue
        print("pair", i, j)
        show("  |", a | b)
        show("  &", a & b)
        show("  -", a - b)
        show("  ^", a ^ b)
        print("  cmp", a == b, a != b, a <= b, a < b, a >= b, a > b, a.isdisjoint(b))

print("--- in-place on set")
s = {1, 2, 3}
alias = s
s |= {10, -10}
print(s, alias is s)
s &= {1, 2, 10, -10, 99}
print(s, alias is s)
s -= {2}
print(s, alias is s)
s ^= {1, 5, 2 ** 40}
print(s, alias is s)
s |= frozenset([-3])
print(s, type(s).__name__)

print("--- in-place on frozenset rebinds")
f = frozenset([1, 2, 3])
g = f
f |= {4}
print(f, g, f is g, type(f).__name__)
f &= {1, 4, 9}
print(f, g, type(f).__name__)
f -= {1}
print(f, g)
f ^= {4, 5}
print(f, g)

print("--- mixed result types")
print(type({1} | frozenset([2])).__name__, type(frozenset([2]) | {1}).__name__)
print(type({1} & frozenset([1])).__name__, type(frozenset([1]) & {1}).__name__)
print(type({1} - frozenset()).__name__, type(frozenset() - {1}).__name__)
print(type({1} ^ frozenset()).__name__, type(frozenset() ^ {1}).__name__)
print({1, 2} == frozenset([2, 1]), frozenset([2, 1]) == {1, 2}, {1} != frozenset([1]))

print("--- chained")
x = {1, 2, 3, 4, 5, 6, 7, 8}
y = {2, 4, 6, 8, 10}
z = {3, 6, 9}
print(x & y | z, x & (y | z), (x - y) ^ z, x - y - z, x ^ y ^ z, (x | y) - (x & y) == x ^ y)
print(x > y & x, y & x < x, z <= x | z, (x | y | z) >= x)
print(sorted(x ^ y ^ z, reverse=True), max(x - y), min(y - x), sum(x & z))

print("--- comparisons are not total orders")
p = {1, 2}
q = {2, 3}
print(p < q, p > q, p <= q, p >= q, p == q, sorted([{3}, {1}, {2}]))
print(set() <= set(), set() < set(), frozenset() >= set(), {0} > set())
