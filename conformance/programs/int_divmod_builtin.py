# divmod on ints, floats and big ints.
for a in [17, -17]:
    for b in [5, -5]:
        q, r = divmod(a, b)
        print(a, b, q, r)
print(divmod(0, 7))
print(divmod(7, 7))
print(divmod(2 ** 100, 3))
print(divmod(-(2 ** 100), 3))
print(divmod(2 ** 100, -(2 ** 50 + 1)))
print(divmod(7.5, 2))
print(divmod(-7.5, 2))
print(divmod(7, 2.5))
print(divmod(1.0, 0.1))
seconds = 987654
m, s = divmod(seconds, 60)
h, m = divmod(m, 60)
d, h = divmod(h, 24)
print(d, "days", h, "hours", m, "minutes", s, "seconds")
n = 2 ** 64 + 12345
digits = []
while n > 0:
    n, dgt = divmod(n, 10)
    digits.append(dgt)
print(digits)
