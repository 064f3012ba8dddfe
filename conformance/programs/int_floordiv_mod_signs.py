# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (6, -3), (-6, -3),
         (0, 5), (0, -5), (1, 7), (-1, 7), (1, -7), (-1, -7), (100, 1), (-100, 1)]
for p in pairs:
    a = p[0]
    b = p[1]
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)

print(-13 // 4, -13 % 4)
print(13 // -4, 13 % -4)
print(2 ** 65 // -7, 2 ** 65 % -7)
print(-(2 ** 65) // 7, -(2 ** 65) % 7)
print(-1 // 2, -1 % 2)
print(divmod(-9, 4), divmod(9, -4), divmod(-9, -4))
