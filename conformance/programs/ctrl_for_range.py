# for loops over range with one, two and three arguments.
for i in range(5):
    print(i, end=" ")
print()
for i in range(2, 7):
    print(i, end=" ")
print()
for i in range(0, 20, 4):
    print(i, end=" ")
print()
for i in range(10, 0, -1):
    print(i, end=" ")
print()
for i in range(10, -10, -3):
    print(i, end=" ")
print()
for i in range(-5, 5, 2):
    print(i, end=" ")
print()
for i in range(0):
    print("never")
for i in range(5, 5):
    print("never")
for i in range(5, 0):
    print("never")
for i in range(0, 5, -1):
    print("never")
print(len(range(10)), len(range(3, 10, 2)), len(range(10, 0, -3)), len(range(0)))
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3):
    i = i * 10
    print(i)
print("last i:", i)
big = 0
for i in range(2 ** 40, 2 ** 40 + 3):
    big += i
print(big)
