# Accumulated floating point error is printed exactly.
x = 0.0
for i in range(20):
    x += 0.1
    print(i + 1, x)
y = 1.0
for i in range(10):
    y = y / 3
print(y)
for i in range(10):
    y = y * 3
print(y)
z = 1e16
z += 1.0
z += 1.0
print(z)
w = 0.0
for i in range(1, 11):
    w += 1.0 / (i * i)
print(w)
print(100.0 * 1.1)
print(3 * 0.1, 0.1 * 3 == 0.3)
print(1.1 + 2.2, 3.3 * 3)
print(sum([0.1] * 10))
print(2.675 * 100, 1.15 * 100)
