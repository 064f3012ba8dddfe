# A bank of integer-heavy algorithms: gcd, lcm, modpow, collatz, digit sums, isqrt.
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return abs(a)


def lcm(a, b):
    return a // gcd(a, b) * b


def egcd(a, b):
    if b == 0:
        return (a, 1, 0)
    g, x, y = egcd(b, a % b)
    return (g, y, x - (a // b) * y)


def modpow(base, exp, mod):
    result = 1
    base = base % mod
    while exp > 0:
        if exp % 2 == 1:
            result = result * base % mod
        base = base * base % mod
        exp = exp // 2
    return result


def collatz_len(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def isqrt(n):
    if n < 0:
        raise ValueError("isqrt of negative number")
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d = n - 1
    r = 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in small:
        x = modpow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        composite = True
        for i in range(r - 1):
            x = x * x % n
            if x == n - 1:
                composite = False
                break
        if composite:
            return False
    return True


print("gcd:", gcd(1071, 462), gcd(-48, 18), gcd(0, 5), gcd(2 ** 100, 6 ** 50))
print("lcm:", lcm(4, 6), lcm(21, 6))
acc = 1
for i in range(1, 31):
    acc = lcm(acc, i)
print("lcm(1..30):", acc)
print("egcd:", egcd(240, 46), egcd(17, 3120))
g, x, y = egcd(17, 3120)
print("inverse of 17 mod 3120:", x % 3120, 17 * (x % 3120) % 3120)
print("modpow:", modpow(2, 10, 1000), modpow(3, 10 ** 18, 10 ** 9 + 7), modpow(7, 2 ** 70, 13))
print("check against pow:", modpow(123456789, 10 ** 20, 998244353) == pow(123456789, 10 ** 20, 998244353))
best = 0
best_n = 0
for n in range(1, 10000):
    c = collatz_len(n)
    if c > best:
        best = c
        best_n = n
print("longest collatz below 10000:", best_n, best)
print("digit sum of 2**1000:", digit_sum(2 ** 1000))
print("digit sum of 100!:", end=" ")
f = 1
for i in range(2, 101):
    f *= i
print(digit_sum(f))
for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 127, 10 ** 40 + 1]:
    r = isqrt(n)
    print(f"isqrt({n}) = {r}", r * r <= n < (r + 1) * (r + 1))
try:
    isqrt(-4)
except ValueError as e:
    print("error:", e)
mersenne = []
for p in range(2, 130):
    if is_probable_prime(p) and is_probable_prime(2 ** p - 1):
        mersenne.append(p)
print("mersenne exponents below 130:", mersenne)
print("2**89-1 prime:", is_probable_prime(2 ** 89 - 1))
print("2**64+1 prime:", is_probable_prime(2 ** 64 + 1))
print("2**61-1 prime:", is_probable_prime(2 ** 61 - 1))
n = 600851475143
factors = []
d = 2
while d * d <= n:
    while n % d == 0:
        factors.append(d)
        n //= d
    d += 1
if n > 1:
    factors.append(n)
print("factors of 600851475143:", factors)
perfect = []
for n in range(2, 10000):
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d * d != n:
                s += n // d
        d += 1
    if s == n:
        perfect.append(n)
print("perfect numbers:", perfect)
tri = 0
for i in range(1, 1001):
    tri += i
print("triangle(1000):", tri)
num = 1
den = 1
for i in range(50):
    num *= 100 - i
    den *= i + 1
print("C(100,50) =", num // den)
