# Integer accumulation in loops that grows past machine words.
total = 0
for i in range(1, 100001):
    total += i * i
print(total)
print(total == 100000 * 100001 * 200001 // 6)
prod = 1
for i in range(1, 40):
    prod *= i + 1
print(prod)
fib_a = 0
fib_b = 1
count = 0
while fib_b < 2 ** 128:
    fib_a, fib_b = fib_b, fib_a + fib_b
    count += 1
print(count, fib_a, fib_b)
s = 0
i = 0
while i < 1000:
    s = s + i ** 3
    i += 1
print(s, s == (999 * 1000 // 2) ** 2)
alt = 0
for k in range(200):
    if k % 2 == 0:
        alt += 3 ** k
    else:
        alt -= 3 ** k
print(alt)
