import sys

def grow(xs, v):
    xs.append(v)
    return xs

ints = grow([1], 2)
strs = grow(["a"], "b")
print(ints[0] + ints[1], strs[0] + strs[1])

g = [1, 2]
def mutate_global():
    g.append("three")
mutate_global()
print(g[2] + "!", g)

def make():
    return [1]
r = make()
r.append(2.5)
print(r, r[1] * 2)

v = [1]
alias = v
v = "s"
alias.append("t")
print(alias, v)

t = ([1, 2], "x")
lst, name = t
lst.append(3)
print(t, lst[2] + 1)

try:
    raise ValueError([1, 2])
except ValueError as e:
    e.args[0].append("x")
    print(e.args)

d = {"k": [1]}
d["k"].append(2)
d["j"] = []
d["j"].append(7)
print(d, d["k"][1] + d["j"][0])

ys = [1, 2]
ys.insert(0, "s")
print(ys, ys[0] * 2)

zs = [1, 2]
getattr(zs, "append")("q")
print(zs[2] + "!")

fo = [0, 0]
for fo[0] in range(3):
    pass
print(fo)

de = [1, 2, 3]
del de[0]
print(de)

rec = []
rec.append(rec)
print(rec, len(rec[0][0]))

big = [2 ** 62, 2 ** 70]
print(big[0] + big[1], big[0] * 4)

c = len(sys.argv) > 5
one = [1]
two = ["a"]
pick = one if c else two
pick.append(3.5)
print(one, two)

def f(x, acc=[]):
    acc.append(x)
    return acc
f(1)
print(f("s"))

try:
    print(min([]))
except ValueError as ex:
    print(ex)
try:
    print(", ".join([1, 2]))
except TypeError as ex:
    print(ex)

it = iter([1, 2, 3])
print(next(it), list(it))
rv = list(reversed([1, 2, 3]))
rv.append("z")
print(rv)
nest = [[1], [2]]
for inner in nest:
    inner.append(0.5)
print(nest, nest[0][1] + 1)
en = [[1]]
for i, row in enumerate(en):
    row.append("r")
print(en)
keys = {1: [2]}
for k, vv in keys.items():
    vv.append("z")
print(keys)
print(sorted([3, 1, 2], reverse=True), sorted(["b", "a"], key=len))
print(list(range(4)), sum([1.5, 2.5]), sum([]), min("bca"))
ss = "x,y".split(",")
ss.append(1)
print(ss)
dd = dict(one=1)
dd["two"] = "2"
print(dd, {**dd, "three": 3.0})
print([*[1, 2], *"ab"], [1] * 3, [1] + ["a"])
