# list.sort() and sorted() without keys.
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
w = ["banana", "Apple", "cherry", "apple", "Banana"]
w.sort()
print(w)
f = [2.5, -1.0, 3, 0, -0.5, 10 ** 20]
f.sort()
print(f)
t = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
t.sort()
print(t)
nested = [[3, 1], [1, 2], [3], [1, 2, 0]]
nested.sort()
print(nested)
r = [1, 2, 3]
print(r.sort())
e = []
e.sort()
print(e)
orig = [4, 3, 2, 1]
s = sorted(orig)
print(orig, s)
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
big = [2 ** 70, -(2 ** 65), 3, -1, 2 ** 63]
big.sort()
print(big)
