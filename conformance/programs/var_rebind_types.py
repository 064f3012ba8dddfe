# A variable rebound to values of different types.
x = 10
print(x, x + 1)
x = "ten"
print(x, x + "!")
x = 10.5
print(x, x * 2)
x = [1, 2]
print(x, len(x))
x = None
print(x)
x = (3, 4)
print(x[0] + x[1])
x = {"k": "v"}
print(x["k"])
x = True
print(x, x + 1)
y = 0
for i in range(3):
    if i == 1:
        y = "one"
    else:
        y = i * 100
    print(i, y)
v = 5
v = str(v)
v = v * 3
print(v)
v = int(v)
print(v + 1)
v = float(v) / 2
print(v)
