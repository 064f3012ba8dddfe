# set.union(*many)/difference(list)/difference(set) must pick CPython's algorithm (copy-then-update vs build), visible in int-set order.
a = set()
for x in [-9, -28, 13, 2, 19, 16, 9]:
    a.add(x)
print(a.union({-17}, [-4, 5]))
b = set()
for x in [-10, -9, -28, 13, 2, 19]:
    b.add(x)
print(b.difference([9, 14]))
c = set()
for x in [-32, 25, 30, -1, 12]:
    c.add(x)
print(c.difference({21}), c - {21})
d = {55: 0, 13: 0, -45: 0, 9: 0, 47: 0}
print(d.keys() ^ set(), dict.fromkeys([-2, -1, 7]).keys() - {8})
e = {8, 16, 24, 32, 40}
print(e | e, e & e)
