# aliasing: element type is shared by every alias
a = [1, 2, 3]
b = a
b.append("four")
for x in a:
    print(x, type(x).__name__)
print(a[3] + "!")

# mixed list: boxed object elements
mixed = [1, "s", 2.5, None, [1]]
for m in mixed:
    print(repr(m))

# escape through a dynamic call
def add_str(lst):
    lst.append("x")

def use(f, lst):
    f(lst)

c = [1, 2]
use(add_str, c)
print(c, c[-1] * 2)

# escape through a container of objects
holder = [c, 5]
holder[0].append(3.5)
print(c)

# dict of lists
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
for k, v in groups.items():
    print(k, v, len(v))

# dict get with and without default
counts = {"a": 1}
print(counts.get("a"), counts.get("b"), counts.get("b", 0) + 1)

# float list unboxing
fl = [0.5, 1.25]
fl.append(2.0)
total = 0.0
for i in range(len(fl)):
    total += fl[i]
print(total, fl.pop(), fl)

# list of tuples and enumerate/zip
pairs = [(1, "a"), (2, "b")]
for i, (n, s) in enumerate(pairs):
    print(i, n, s * n)
for x, y in zip([1, 2, 3], "abc"):
    print(x, y)

# nested mutation via slice copy
orig = [[0], [1]]
cp = orig[:]
cp[0].append(9)
print(orig, cp)

# list += and *
z = [1]
z += [2, 3]
z = z * 2
print(z, sum(z), min(z), max(z))

# empty list stays empty
e = []
for q in e:
    print(q + 1)
print(e, len(e))

# bool list
flags = [True, False]
flags[1] = not flags[0]
print(flags, all(flags))

# list passed to function that stores an int, then read as str fails properly
def put(lst, v):
    lst[0] = v

strs = ["a", "b"]
put(strs, 7)
print(strs)

# dict update/copy/pop/popitem
d1 = {1: "one"}
d2 = d1.copy()
d2.update({2: "two"})
print(d1, d2, d2.pop(1), d2.popitem(), d2)
d3 = dict(a=1, b=2)
print(d3, dict([(1, 2), (3, 4)]), list(d3.keys()), list(d3.values()))
