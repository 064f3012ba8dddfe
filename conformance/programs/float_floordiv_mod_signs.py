# Float floor division and modulo for all sign combinations.
pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0),
         (7.0, 3), (-7, 3.0), (7, -3.0), (-7.0, -3.0),
         (0.0, 5.0), (-0.0, 5.0), (0.0, -5.0), (1.0, 0.1), (5.5, 0.5)]
for p in pairs:
    a = p[0]
    b = p[1]
    print(a, b, a // b, a % b)

print(-1.0 % 3.0)
print(1.0 % -3.0)
print(-1e-20 % 1.0)
print(3.0 // 0.5, 3.0 % 0.5)
print(divmod(-7.5, 2.0), divmod(7.5, -2.0))
print(10 % 3.5, -10 % 3.5)
