# Negative integers: unary minus, abs, comparisons, mixing with positives.
a = -17
b = 5
print(a, -a, +a, abs(a), -(-a))
print(a + b, a - b, a * b, b - a)
print(a // b, a % b, a / b)
print(-a // b, -a % b)
print(a < b, a > -20, a == -17, a != 17)
print(-0, 0 == -0)
print(-(2 ** 70), abs(-(2 ** 70)))
print(-5 * -5, -5 * 5, 5 * -5)
print(--5, ---5)
values = [3, -1, 4, -1, -5, 9, -2, 6]
pos = 0
neg = 0
total = 0
for v in values:
    total += v
    if v < 0:
        neg += 1
    else:
        pos += 1
print(total, pos, neg)
print(min(values), max(values), sum(values))
m = values[0]
for v in values:
    if abs(v) > abs(m):
        m = v
print("largest magnitude:", m)
x = 10
x -= 25
print(x)
x *= -3
print(x)
x //= -4
print(x)
x %= 7
print(x)
print(-7 ** 2, (-7) ** 2)
