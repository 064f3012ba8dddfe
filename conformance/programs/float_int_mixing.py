# Mixing ints and floats in arithmetic promotes to float.
print(1 + 2.0)
print(3 * 0.5)
print(10 - 0.25)
print(7 // 2.0)
print(7 % 2.0)
print(2 ** 0.5)
print(10 / 4)
print(3 * 1.0)
print(0.1 * 3)
print(1e3 + 1)
print(2 ** 62 + 0.0)
print(2 ** 64 * 1.0)
print(10 ** 18 + 1.0)
a = 3
b = 4.5
c = a + b
print(c, a * b, b - a, a / b, b // a, b % a)
total = 0
for v in [1, 2.5, 3, 4.25, 10]:
    total = total + v
print(total)
count = 0
mean = 0
for v in [2, 4, 4, 4, 5, 5, 7, 9]:
    count += 1
    mean += v
mean = mean / count
print(mean)
var = 0
for v in [2, 4, 4, 4, 5, 5, 7, 9]:
    var += (v - mean) ** 2
print(var / count, (var / count) ** 0.5)
print(sum([1, 2, 3]) / 3, sum([1, 2.0, 3]))
print(abs(-2.5) + abs(-2), max(1, 2.0), min(3, 2.5))
