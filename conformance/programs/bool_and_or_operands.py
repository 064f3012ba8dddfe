# and/or return one of their operands; not always returns a bool.
print(1 and 2)
print(0 and 2)
print(1 or 2)
print(0 or 2)
print("" or "default")
print("x" or "default")
print("" and "never")
print(None or 0)
print(None and 1)
print([] or [1, 2])
print([3] and [4])
print(0.0 or -0.0)
print(False or None)
print(True and 7)
print(not 0, not 1, not "", not "a", not None, not [], not [0])
print(not not 5)
print(1 and 0 or 3)
print(1 or 0 and 3)
print((1 or 0) and 3)


def noisy(x):
    print("noisy", x)
    return x


print(noisy(0) and noisy(1))
print(noisy(1) and noisy(2))
print(noisy(0) or noisy(3))
print(noisy(4) or noisy(5))
a = 0
b = a or 10
c = b and a
print(a, b, c)
name = ""
print("Hello, " + (name or "stranger"))
print(True + True, True * 10, False - 1)
print(True == 1, False == 0, True == True)
