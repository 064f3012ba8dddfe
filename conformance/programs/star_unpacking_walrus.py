# Star unpacking in assignments and for targets, nested targets, walrus in loops and comprehensions.
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
for head, *others in [[1, 2, 3], [4], [5, 6]]:
    print(head, others)
x, (y, *zs) = 1, [2, 3, 4]
print(x, y, zs)
merged = [*range(3), *"ab", *[None]]
print(merged, {*range(3), 2}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2], *(3,), **{"k": 4}, z=5))
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6])
chunks = []
it = iter(range(10))
while (chunk := [v for _, v in zip(range(3), it)]):
    chunks.append(chunk)
print(chunks)
total = 0
print([total := total + v for v in [1, 2, 3]], total)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c, d = [1, 2]
except ValueError as e:
    print("ValueError:", e)
