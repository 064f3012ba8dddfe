# list.insert / extend / remove.
a = [1, 2, 3]
a.insert(0, 0)
print(a)
a.insert(2, 1.5)
print(a)
a.insert(-1, 2.5)
print(a)
a.insert(100, 99)
a.insert(-100, -99)
print(a)
a.extend([4, 5])
a.extend((6,))
a.extend("ab")
print(a)
a.remove(1.5)
a.remove("a")
print(a)
b = [1, 2, 1, 2, 1]
b.remove(1)
print(b)
try:
    b.remove(7)
except ValueError as e:
    print("ValueError:", e)
c = []
c.extend([])
c.extend(range(3))
print(c)
d = [5]
d.extend(d)
print(d)
