# Comparisons between big ints, small ints and floats.
a = 2 ** 100
b = 2 ** 100 + 1
print(a < b, a > b, a == b, a != b, a <= a, b >= a)
print(-a < -b, -a > -b)
print(a == 2 ** 100)
print(a > 2 ** 63, -a < -(2 ** 63))
print(2 ** 64 > 2 ** 63 - 1)
print(a == 1267650600228229401496703205376.0)
print(b == 1267650600228229401496703205376.0)
print(b > 1267650600228229401496703205376.0)
print(2 ** 53 + 1 == 9007199254740992.0)
print(2 ** 53 + 1 > 9007199254740992.0)
print(2 ** 53 == 9007199254740992.0)
print(10 ** 400 > 1e308)
print(-(10 ** 400) < -1e308)
print(10 ** 400 < float('inf'))
print(max(2 ** 80, 3 ** 50, 5 ** 35))
print(min(-(2 ** 80), -(3 ** 50), 7))
vals = [2 ** 70, -(2 ** 70), 0, 2 ** 63, -(2 ** 63), 1, 2 ** 64 - 1]
print(sorted(vals))
print(sorted(vals, reverse=True))
