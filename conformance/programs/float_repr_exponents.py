# Large and small exponents switch between fixed and scientific notation.
x = 1.0
for i in range(25):
    print(i, x)
    x = x * 10
y = 1.0
for i in range(12):
    print(-i, y)
    y = y / 10
print(1e300 * 1e5)
print(1e-300 * 1e-30)
print(5e-324, 5e-324 / 2)
print(1.7976931348623157e308)
print(123e45)
print(-6.02214076e23)
print(6.62607015e-34)
print(1.0e-7, 1.0e-6)
print(12345.6789e10)
print(0.5e-9)
print(2.0 ** 70)
print(2.0 ** -20)
print(1e16 + 1, 1e16 + 2)
print(9999999999999998.0)
print(99999999999999999.0)
