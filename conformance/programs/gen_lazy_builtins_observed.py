# Laziness of map/filter/zip/enumerate/reversed and generator expressions, observed
# through prints inside the generator bodies and the functions they call.
def source(name, n):
    for i in range(n):
        print(f"  {name} yields {i}")
        yield i
    print(f"  {name} exhausted")


def noisy_square(x):
    print(f"  square({x})")
    return x * x


def noisy_even(x):
    print(f"  even?({x})")
    return x % 2 == 0


print("create map")
m = map(noisy_square, source("A", 4))
print("first next")
print("got", next(m))
print("loop rest")
for v in m:
    print("got", v)

print("create filter")
f = filter(noisy_even, source("B", 5))
print("take two")
print(next(f), next(f))
print("rest", list(f))

print("zip stops at shortest")
z = zip(source("C", 5), source("D", 2))
for pair in z:
    print("pair", pair)
print("zip again", list(z))

print("zip shortest first")
z2 = zip(source("E", 1), source("F", 3))
print(list(z2))

print("enumerate with start")
for i, v in enumerate(source("G", 3), start=10):
    print("enum", i, v)
    if i == 11:
        break
print("after break")

print("reversed list and range")
data = [1, 2, 3]
r = reversed(data)
data[0] = 100
print(list(r))
print(list(reversed(range(2, 12, 3))))

print("generator expression chain")
g1 = (noisy_square(x) for x in source("H", 3))
g2 = (y + 1 for y in g1 if y != 1)
print("nothing evaluated yet")
print(list(g2))

print("map with two iterables")
m2 = map(lambda a, b: a * 10 + b, source("I", 3), source("J", 5))
print(list(m2))

print("any/all short circuit")
print(any(noisy_even(x) for x in [1, 3, 4, 5, 6]))
print(all(noisy_even(x) for x in [2, 4, 5, 6]))

print("sum/min/max over lazy")
print(sum(map(noisy_square, [1, 2, 3])), max(filter(noisy_even, [3, 8, 5, 2])))

print("next with default")
empty = filter(None, [0, "", None, [], 0.0])
print(next(empty, "default"), list(filter(None, [0, 1, "", "x", None, [2]])))

print("iter over map twice")
m3 = map(str, [1, 2, 3])
print(list(m3), list(m3))
print("dict from zip", dict(zip("abc", map(noisy_square, range(3)))))
e = enumerate("xyz")
print(next(e), list(e))
it = iter(source("K", 3))
print(next(it))
print([x for x in it])
