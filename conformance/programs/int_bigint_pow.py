# Arbitrary-precision powers of integers.
print(2 ** 10)
print(2 ** 62)
print(2 ** 63)
print(2 ** 64)
print(2 ** 100)
print(2 ** 200)
print(3 ** 50)
print(7 ** 77)
print((-2) ** 63)
print((-2) ** 64)
print((-3) ** 41)
print(-2 ** 4)
print(10 ** 30)
print(10 ** 30 - 1)
print(-(10 ** 30))

x = 1
for i in range(130):
    x = x * 2
print(x)
print(x == 2 ** 130)
print(x // 2 ** 129)
print(x - 2 ** 130)

p = 1
n = 0
while p < 10 ** 40:
    p = p * 3
    n = n + 1
print(n, p)
print(len(str(p)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(len(str(2 ** 1000)))
