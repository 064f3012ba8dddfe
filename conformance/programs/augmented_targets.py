# Augmented assignment on names, attributes, subscripts and slices; evaluation order.
class Box:
    def __init__(self):
        self.v = 1
        self.items = [1, 2, 3]

b = Box()
b.v += 10
b.v *= 2
b.items[1] += 100
b.items += [4]
b.items[1:3] = [0]
print(b.v, b.items)
d = {"a": 1}
d["a"] -= 5
d.setdefault("b", []).append(1)
d["b"] += [2]
print(d)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
n = 7
n //= 2
n **= 3
n %= 10
n <<= 2
n |= 1
n ^= 0b101
n >>= 1
n &= 0xFF
print(n)
f = 1.5
f /= 2
f -= 0.25
print(f)
log = []
def key(k):
    log.append(("key", k))
    return k
def obj():
    log.append("obj")
    return d
obj()[key("a")] += 1
print(log, d["a"])
lst = [[0] * 2 for _ in range(2)]
lst[0][1] += 5
print(lst)
