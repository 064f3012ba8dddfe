# Nested tuples: ordering, equality across types, tuples as dict keys (counting, grouping), unpacking error messages.
recs = [
    (3, ("b", 2.5), (1, 2)),
    (1, ("a", 9.0), ()),
    (3, ("a", 2.5), (1,)),
    (1, ("a", 9.0), (0, 5)),
    (2, ("z", -1.0), (1, 2, 3)),
    (3, ("b", 2.5), (1, 1, 9)),
]
for r in sorted(recs):
    print(r)
print(max(recs), min(recs))
print(sorted(recs, reverse=True)[0], sorted(recs, key=len)[0] == recs[0])
print((1, (2, 3)) < (1, (2, 4)), (1, (2, 3)) < (1, (2,)), ((),) < ((0,),), (0, ()) == (0.0, ()), (1, 2) == (True, 2.0))
print((1, 2, 3) > (1, 2), (1, 2) <= (1, 2), ("a", 1) < ("a", 1, None), (None,) == (None,))
print(((1, 2), [3]) == ((1, 2), [3]), ((1, 2), [3]) == ((1, 2), (3,)))

print("--- tuples as dict keys")
grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * 3 + y
print(grid[(2, 1)], grid.get((3, 3)), (1, 1) in grid, len(grid))
print(list(grid)[:4], list(grid.values())[-3:])
counts = {}
for word_pair in [("a", "b"), ("b", "c"), ("a", "b"), ("c", "a"), ("a", "b"), ("b", "c")]:
    counts[word_pair] = counts.get(word_pair, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
deep = {((1, 2), (3, (4, 5))): "deep", (): "empty", (0,): "zero", (0, 0): "zeros"}
print(deep[((1, 2), (3, (4, 5)))], deep[()], deep[(0,)], deep[0, 0])
print(deep)
mixed = {1: "int", (1,): "tuple1", (1.0, 2): "float-tuple"}
print(mixed[(1, 2)], mixed[(True,)], mixed[1.0])
try:
    print(deep[(1, 2)])
except KeyError as e:
    print("KeyError", e, e.args)
try:
    print(deep[((1, 2), [3])])
except TypeError as e:
    print("TypeError", e)
by_parity = {}
for i in range(10):
    key = (i % 2, i % 3)
    if key not in by_parity:
        by_parity[key] = []
    by_parity[key].append(i)
for k in sorted(by_parity):
    print(k, by_parity[k])

print("--- unpacking errors")
def try_unpack(kind, value):
    try:
        if kind == 2:
            a, b = value
            print("ok2", a, b)
        elif kind == 3:
            a, b, c = value
            print("ok3", a, b, c)
        elif kind == 21:
            a, (b, c) = value
            print("ok21", a, b, c)
        else:
            a, *rest, z = value
            print("okstar", a, rest, z)
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)


for kind, value in [(2, (1, 2)), (2, (1, 2, 3)), (2, (1,)), (2, ()), (3, [1, 2]), (3, "abcd"), (3, "abc"),
                    (2, 5), (2, None), (21, (1, (2, 3))), (21, (1, (2, 3, 4))), (21, (1, 2)), (21, (1, "xy")),
                    (0, (1,)), (0, (1, 2)), (0, range(5)), (0, "z"), (0, 3.5), (2, {1: 0, 2: 0}), (2, {7, 8}) ]:
    try_unpack(kind, value)

print("--- building and slicing")
t = tuple(range(10))
print(t[2:8:3], t[::-3], t[-1:-4:-1], t[5:2], t[:-7])
u = t[:3] + (t,) + ((),)
print(u, len(u), u[3][9], u[-1])
print(tuple("abc"), tuple([1, [2]]), tuple({3: 0, 1: 0}), tuple(x * x for x in range(4)))
v = (1, 2) * 3
print(v, v.count(1), v.index(2, 2), v[::2])
single = (5,)
print(single, (single,), ((single,),), len(((single,),)))
a, b = b, a = 1, 2
print(a, b)
