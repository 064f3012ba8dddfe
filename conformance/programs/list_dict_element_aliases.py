cache = {}

def fib(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r

print(fib(80), len(cache))

grid = {}
for x in range(3):
    for y in range(3):
        grid[(x, y)] = x * y
print(grid[(2, 2)], sorted(grid)[:3], sum(grid.values()))

records = [{"name": "a", "age": 3}, {"name": "b", "age": 5}]
records[0]["age"] += 10
ages = 0
for r in records:
    ages += r["age"]
print(records, ages)

def push(stack, item):
    stack.append(item)
    return len(stack)

s1 = []
push(s1, 1)
push(s1, "two")
s2 = []
push(s2, 3)
print(s1, s2, s2[0] + 1)

holder = [[]]
holder[0].append(1)
holder.append([2.5])
print(holder, holder[1][0] * 2)

def flatten(xss):
    out = []
    for xs in xss:
        out.extend(xs)
    return out

print(flatten([[1, 2], [3]]), flatten([["a"], ["b", "c"]]))

values = [5, 3, 8]
values.sort()
values.reverse()
idx = values.index(3)
values.insert(0, idx)
print(values, values.count(3), values.pop(0), values.pop())
d = {}
d.setdefault("k", []).append(1)
d.setdefault("k", []).append(2)
print(d, d.pop("k"), d.get("missing"), d)
nested = {"a": {"b": [1]}}
nested["a"]["b"].append(2)
nested["a"]["c"] = [3]
print(nested, nested["a"]["b"][1] + nested["a"]["c"][0])

def mk(n):
    return [n] * n

a = mk(3)
b = mk(2)
a.append("x")
print(a, b, b[0] + b[1])
t = (1, [2])
t[1].append(3)
print(t, t[1][1] + 1)
empty = {}
for k in empty:
    print(k + 1)
print(list(empty.items()), min([4, 2, 9]), max("hello"))
ws = "b a c".split()
ws.sort()
print(ws, "-".join(ws), ws[0].upper())


# More calls with lists of new classes than instances per shape: they share instances.
def first_twice(xs):
    xs.append(xs[0])
    return xs


print(first_twice([1]), first_twice([2.5]), first_twice(["s"]), first_twice([[1]]))
print(first_twice([3])[1] + 1, first_twice(["t"])[1] + "!", first_twice([True]), first_twice([None]))
