# str/repr/int of ints with thousands of digits, arithmetic on them, and the 4300-digit limit.
x = 3 ** 2000
s = str(x)
print(len(s), s[:50], s[-50:])
print(int(s) == x, int("-" + s) == -x, repr(x) == s, hash(x) == hash(int(s)))
y = 7 ** 3000 - 11 ** 2000
t = str(y)
print(len(t), t[:40], t[-40:])
f = 1
i = 1
while i <= 1000:
    f *= i
    i += 1
fs = str(f)
print(len(fs), fs[:30], fs[-30:].count("0"), f % (10 ** 9 + 7), f.bit_length())
q, r = divmod(f, 3 ** 500)
print(len(str(q)), str(r)[:30], q * 3 ** 500 + r == f)
print(str(2 ** 14000)[:20], len(str(2 ** 14000)), (2 ** 14000) // (2 ** 13990), -(10 ** 1000) // 7 % 1000)
print(hex(2 ** 5000)[:12], len(hex(2 ** 5000)), len(bin(3 ** 1000)), len(oct(5 ** 1000)))
print(f"{10 ** 50:,}", f"{-(2 ** 200):_}", format(10 ** 100, "e"), format(2 ** 300, ".5g"))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError", e)
try:
    int("9" * 4301)
except ValueError as e:
    print("ValueError", e)
print(len(str(10 ** 4299)), len(hex(10 ** 5000)))
a = 10 ** 999 + 7
b = 10 ** 998 + 3
print(str(a * b)[:20], str(a * b)[-20:], str(a // b), str(a % b)[:20], a > b, -a < -b, a == a + 0)
