# reversed, enumerate (with start=) and zip.
for x in reversed([1, 2, 3]):
    print(x, end=" ")
print()
for ch in reversed("abc"):
    print(ch, end=" ")
print()
for x in reversed((4, 5, 6)):
    print(x, end=" ")
print()
for i in reversed(range(5)):
    print(i, end=" ")
print()
for i in reversed(range(0, 20, 5)):
    print(i, end=" ")
print()
for i, v in enumerate(["a", "b", "c"]):
    print(i, v)
for i, v in enumerate("xyz", start=1):
    print(i, v)
for i, v in enumerate([10, 20], 100):
    print(i, v)
for a, b in zip([1, 2, 3], ["one", "two", "three"]):
    print(a, b)
for a, b, c in zip("abc", (1, 2, 3), [True, False, None]):
    print(a, b, c)
for a, b in zip([1, 2, 3, 4], "xy"):
    print(a, b)
for a, b in zip([], [1]):
    print("never")
names = ["ann", "bob", "cid"]
ages = [31, 27, 45]
table = {}
for n, a in zip(names, ages):
    table[n] = a
print(table)
for idx, (n, a) in enumerate(zip(names, ages), start=1):
    print(idx, n, a)
