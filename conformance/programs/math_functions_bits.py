# Sums of many results of the math functions: every last bit must be the C library's (as CPython).
import math
seed = 99
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648.0
acc = {}
names = ["sin", "cos", "tan", "exp", "log", "log2", "log10", "sqrt", "atan", "sinh", "cosh", "tanh", "asinh", "cbrt", "erf", "expm1", "log1p", "degrees", "radians"]
for n in names:
    f = getattr(math, n)
    s = 0.0
    for i in range(3000):
        x = rnd() * 20 + 0.001
        s += f(x)
    acc[n] = s
for n in names:
    print(n, repr(acc[n]))
s = 0.0
for i in range(3000):
    s += math.atan2(rnd() - 0.5, rnd() - 0.5) + math.pow(rnd() * 10, rnd() * 3) + math.log(rnd() * 100 + 1, rnd() * 5 + 1.5) + math.fmod(rnd() * 100, rnd() * 7 + 0.1)
print(repr(s), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
