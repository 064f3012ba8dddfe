# A big-int number theory toolkit: extended gcd, CRT, Miller-Rabin with fixed bases, Pollard rho, continued fractions, Pell equations.
def egcd(a, b):
    x0, y0, x1, y1 = 1, 0, 0, 1
    while b:
        q = a // b
        a, b = b, a - q * b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(a, b):
    return abs(a * b) // gcd(a, b)


def modinv(a, m):
    g, x, _ = egcd(a % m, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m


def crt(residues, moduli):
    x, m = 0, 1
    for r, n in zip(residues, moduli):
        g, p, _ = egcd(m, n)
        if (r - x) % g:
            return None
        lcm_mn = m // g * n
        x = (x + (r - x) // g * p % (n // g) * m) % lcm_mn
        m = lcm_mn
    return x, m


BASES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]


def is_probable_prime(n):
    if n < 2:
        return False
    for p in BASES:
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in BASES:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def pollard_rho(n):
    if n % 2 == 0:
        return 2
    c = 1
    while True:
        x = y = 2
        d = 1
        while d == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            d = gcd(x - y, n)
        if d != n:
            return d
        c += 1


def factorize(n):
    if n == 1:
        return {}
    if is_probable_prime(n):
        return {n: 1}
    for p in [2, 3, 5, 7, 11, 13]:
        if n % p == 0:
            f = factorize(n // p)
            f[p] = f.get(p, 0) + 1
            return dict(sorted(f.items()))
    d = pollard_rho(n)
    a = factorize(d)
    for p, e in factorize(n // d).items():
        a[p] = a.get(p, 0) + e
    return dict(sorted(a.items()))


def phi(n):
    result = n
    for p in factorize(n):
        result = result // p * (p - 1)
    return result


def continued_fraction(num, den):
    terms = []
    while den:
        q, r = divmod(num, den)
        terms.append(q)
        num, den = den, r
    return terms


def convergents(terms):
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    out = []
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append((h1, k1))
    return out


def isqrt(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def sqrt_cf(n):
    a0 = isqrt(n)
    if a0 * a0 == n:
        return a0, []
    m, d, a = 0, 1, a0
    period = []
    while a != 2 * a0:
        m = d * a - m
        d = (n - m * m) // d
        a = (a0 + m) // d
        period.append(a)
    return a0, period


def pell(n):
    a0, period = sqrt_cf(n)
    terms = [a0] + period
    if len(period) % 2 == 1:
        terms = terms + period
    h, k = convergents(terms[:-1])[-1]
    return h, k


print("egcd/modinv")
for a, b in [(240, 46), (17, 3120), (2 ** 89 - 1, 2 ** 61 - 1), (10 ** 30, 7 ** 35), (-48, 18)]:
    g, x, y = egcd(a, b)
    print(a, b, g, x, y, a * x + b * y == g, lcm(a, b) if a and b else 0)
for a, m in [(3, 7), (17, 3120), (10 ** 20 + 1, 2 ** 127 - 1), (6, 9)]:
    try:
        inv = modinv(a, m)
        print("inv", a, m, inv, a * inv % m, inv == pow(a, -1, m))
    except ValueError as e:
        print("ValueError", e)

print("crt")
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [5, 7, 9, 11]), crt([3, 5], [4, 6]), crt([3, 4], [4, 6]))
big = crt([123456789, 987654321, 555], [10 ** 9 + 7, 10 ** 9 + 9, 998244353])
print(big, big[0] % (10 ** 9 + 7), big[0] % 998244353)

print("primality")
cands = [1, 2, 97, 561, 1105, 7919, 2 ** 31 - 1, 2 ** 61 - 1, 2 ** 67 - 1, 2 ** 89 - 1, 3215031751, 10 ** 18 + 9, 10 ** 18 + 3,
         170141183460469231731687303715884105727, 2 ** 127 + 1, 341550071728321]
for n in cands:
    print(n, is_probable_prime(n))
print([p for p in range(2, 120) if is_probable_prime(p)])
nxt = 10 ** 24
while not is_probable_prime(nxt):
    nxt += 1
print("next prime after 10**24:", nxt, nxt - 10 ** 24)

print("factorization")
for n in [360, 9999991, 600851475143, 2 ** 64 - 1, 1000000016000000063, 2 ** 67 - 1, 3 ** 20 * 7 ** 5, 561, 1234567890123456789]:
    f = factorize(n)
    prod = 1
    for p, e in f.items():
        prod *= p ** e
    desc = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items())
    print(n, "=", desc, prod == n, "phi", phi(n))
carm = [n for n in range(3, 3000, 2) if not is_probable_prime(n) and all(pow(b, n - 1, n) == 1 for b in range(2, 20) if gcd(b, n) == 1) and len(factorize(n)) >= 3]
print("carmichael-like:", carm)

print("continued fractions")
for num, den in [(415, 93), (649, 200), (2 ** 64, 3 ** 40), (355, 113), (1, 7)]:
    cf = continued_fraction(num, den)
    conv = convergents(cf)
    print(num, den, cf, conv[-1], conv[-1][0] * den == conv[-1][1] * num)
pi_cf = continued_fraction(314159265358979323846264338327950288, 10 ** 35)
print(pi_cf[:15], convergents(pi_cf[:5]))
for n in [2, 3, 7, 13, 19, 61, 109, 991]:
    a0, period = sqrt_cf(n)
    x, y = pell(n)
    print(n, a0, period[:12], len(period), x, y, x * x - n * y * y)
print(sqrt_cf(49), isqrt(10 ** 50), isqrt(2 * 10 ** 40), isqrt(2 ** 200 - 1) == 2 ** 100 - 1)
