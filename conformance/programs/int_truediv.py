# True division always produces a float.
print(6 / 3)
print(7 / 2)
print(-7 / 2)
print(1 / 3)
print(2 / 3)
print(10 / 4)
print(0 / 5)
print(0 / -5)
print(-0 / 5)
print(1 / 7)
print(22 / 7)
print(2 ** 60 / 2)
print(2 ** 100 / 2 ** 50)
print(10 ** 20 / 3)
print(1 / 10 ** 10)
print(9007199254740993 / 1)
x = 5
y = 2
z = x / y
print(z, x // y, x % y)
print(z * y == x)
total = 0
for i in range(1, 11):
    total = total + 1 / i
print(total)
print(3 / 1.5, 3.0 / 2, 1 / 0.25)
