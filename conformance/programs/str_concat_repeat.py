# String concatenation and repetition.
a = "foo"
b = "bar"
print(a + b)
print(a + " " + b)
print(a * 3)
print(3 * b)
print("-" * 20)
print("ab" * 0, "ab" * -2, repr("" * 5))
s = ""
for i in range(5):
    s = s + str(i)
print(s)
s += "!"
print(s)
t = "x"
t *= 4
print(t)
line = "=" * 10 + " title " + "=" * 10
print(line, len(line))
parts = ""
for w in ["alpha", "beta", "gamma"]:
    if parts != "":
        parts += ", "
    parts += w
print(parts)
print("ab" * 3 + "c" * 2)
n = 3
print("*" * n + "." * (10 - n))
for i in range(1, 6):
    print(" " * (5 - i) + "#" * (2 * i - 1))
