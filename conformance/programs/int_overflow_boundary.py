# Crossing the signed/unsigned 63/64-bit boundaries in both directions.
MAX63 = 9223372036854775807
MIN63 = -9223372036854775808
print(MAX63 == 2 ** 63 - 1, MIN63 == -(2 ** 63))
print(MAX63 + 1)
print(MAX63 + MAX63)
print(MIN63 - 1)
print(MIN63 + MIN63)
print(-MIN63)
print(abs(MIN63))
print(MIN63 // -1)
print(MIN63 * -1)
print(MAX63 * 2)
print(MAX63 * MAX63)
print(MIN63 * MIN63)
print(2 ** 64 - 1)
print(2 ** 64)
print(2 ** 64 + 1)
print(-(2 ** 64) - 1)
x = MAX63
x += 1
print(x)
x -= 1
print(x, x == MAX63)
y = MIN63
y -= 1
print(y)
y += 1
print(y, y == MIN63)
# overflow back down: big results that shrink to small
z = (MAX63 + 10) - 20
print(z)
w = (2 ** 70) // (2 ** 10)
print(w, w == 2 ** 60)
print((2 ** 64) % 1000)
print(4611686018427387904 * 2)
print(4611686018427387904 * -2)
print(3037000500 * 3037000500)
print(-3037000500 * 3037000500)
acc = 1
for i in range(70):
    acc = acc * 2
    if i > 58:
        print(i + 1, acc, -acc)
