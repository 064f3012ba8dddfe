# Mutually recursive functions defined at module level.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


for i in range(8):
    print(i, is_even(i), is_odd(i))
print(is_even(101), is_odd(101))


def hofstadter_f(n):
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))


def hofstadter_m(n):
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))


fs = []
ms = []
for i in range(20):
    fs.append(hofstadter_f(i))
    ms.append(hofstadter_m(i))
print(fs)
print(ms)


def collatz_steps(n):
    if n == 1:
        return 0
    if n % 2 == 0:
        return 1 + even_step(n)
    return 1 + odd_step(n)


def even_step(n):
    return collatz_steps(n // 2)


def odd_step(n):
    return collatz_steps(3 * n + 1)


print(collatz_steps(27), collatz_steps(97))
