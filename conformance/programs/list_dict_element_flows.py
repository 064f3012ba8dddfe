log = []

def key(x):
    log.append(x * 2)
    return -x

print(sorted([3, 1, 2], key=key), log, log[0] + 1)

def tree(depth):
    if depth == 0:
        return ["leaf", []]
    return ["node", [tree(depth - 1), tree(depth - 1)]]

def count(node):
    n = 1
    for child in node[1]:
        n += count(child)
    return n

t = tree(3)
print(count(t), t[0], len(t[1]))

def split_pairs(items):
    evens, odds = [], []
    for i in items:
        if i % 2 == 0:
            evens.append(i)
        else:
            odds.append(i)
    return evens, odds

e, o = split_pairs(list(range(10)))
e.append(0.5)
print(e, o, sum(o))

table = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    table[word] = table.get(word, 0) + 1
best = max(table.values())
print(best, sorted(table), table["the"] * 2)

matrix = [[0, 0, 0], [0, 0, 0]]
matrix[1][2] = 5
total = 0
for row in matrix:
    for v in row:
        total += v
print(matrix, total)

stack = [1]
while stack:
    top = stack.pop()
    if top < 4:
        stack.append(top + 1)
        stack.append(top + 2)
    else:
        print("top", top)

def modify(d):
    d["new"] = [1, 2]
    return d

cfg = {"a": [0]}
modify(cfg)["a"].append(9)
print(cfg, cfg["new"][1] + cfg["a"][1])

acc = []
for x in zip([1, 2], [3.0, 4.0]):
    acc.append(x)
print(acc, acc[0][1] * 2)
q = {1: "a"}
q.update(b=2) if False else None
items = list(q.items())
items.append((2, "b"))
print(items, dict(items))
