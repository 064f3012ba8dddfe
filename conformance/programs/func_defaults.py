# Default argument values.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cid", punct="?"))
print(greet("Dee", "Yo", "."))
print(greet(greeting="Hey", name="Eve"))


def power(base, exp=2):
    return base ** exp


print(power(5), power(5, 3), power(2, exp=10), power(exp=0, base=9))


def clamp(x, lo=0, hi=100):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


for v in [-5, 50, 150]:
    print(v, clamp(v), clamp(v, 10), clamp(v, hi=60), clamp(v, -10, 10))


def repeat(s, n=3, sep=" "):
    out = ""
    for i in range(n):
        if i > 0:
            out += sep
        out += s
    return out


print(repeat("ha"))
print(repeat("ho", 2))
print(repeat("x", sep="-"))
print(repeat("y", 4, ""))


def scale(v, factor=1.5):
    return v * factor


print(scale(4), scale(4, 2), scale(2.5))
