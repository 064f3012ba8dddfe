# list.index and list.count.
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(1), a.index(5), a.index(3), a.index(5, 5), a.index(5, 5, 9))
print(a.count(5), a.count(1), a.count(7), a.count(3))
try:
    a.index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(4, 3)
except ValueError as e:
    print("ValueError:", e)
words = ["x", "y", "x", "z", "x"]
print(words.count("x"), words.index("z"))
print([1, 1.0, True].count(1))
print([[1], [1], [2]].count([1]))
positions = []
start = 0
while True:
    try:
        i = words.index("x", start)
    except ValueError:
        break
    positions.append(i)
    start = i + 1
print(positions)
