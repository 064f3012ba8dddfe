# List, set and dict comprehensions: several for/if clauses, own scope, closures inside.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print([x * x for x in xs])
print([x for x in xs if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([c.upper() for c in "hello" if c != "l"])
print(sorted({x % 4 for x in xs}))
print({k: len(k) for k in ["a", "bb", "ccc"]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print([x for row in [[1, 2], [3], []] for x in row if x != 2])

x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)  # the comprehension's x does not leak

def scale(items, factor):
    return [i * factor for i in items]

print(scale([1, 2, 3], 10))

def make_multipliers():
    return [lambda v, k=k: v * k for k in range(4)]

print([m(2) for m in make_multipliers()])

def late():
    return [lambda: k for k in range(3)]

print([f() for f in late()])

def nested(n):
    total = 0
    rows = [[i + j for j in range(n)] for i in range(n)]
    for r in rows:
        total += sum(r)
    return rows, total

print(nested(3))
words = ["apple", "banana", "cherry", "avocado"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print({k: [w.upper() for w in v] for k, v in by_letter.items() if len(v) > 1})
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0])
try:
    print([1 / d for d in [1, 2, 0]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print([y for y in 5])
