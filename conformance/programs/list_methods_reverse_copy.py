# list.reverse and list.copy (shallow).
a = [1, 2, 3, 4]
a.reverse()
print(a)
b = a.copy()
b.append(0)
print(a, b)
c = a
c.append(-1)
print(a, c)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
shallow.append([3])
print(nested, shallow)
e = []
e.reverse()
print(e, e.copy())
s = ["x", "y", "z"]
r = s.copy()
r.reverse()
print(s, r, s == r, s == r[::-1])
print(a.reverse())
