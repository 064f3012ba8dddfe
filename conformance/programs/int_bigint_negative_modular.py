# Big ints: two's-complement bit ops on negatives, hex/oct/bin of negatives, modular inverses, divmod signs, digit strings and back.
import math

negs = [-1, -2, -255, -256, -(2 ** 64), -(2 ** 64) - 1, -(2 ** 100) + 12345, -(10 ** 30)]
masks = [0xFF, 0xFFFF_FFFF_FFFF_FFFF, 2 ** 100 - 1, -(2 ** 32), 0x5555_5555_5555_5555_5555]
for a in negs:
    print(a, hex(a), oct(a)[-12:], bin(a)[-20:], a.bit_length(), (~a).bit_length(), ~a, a.bit_count())
    for m in masks:
        print("   ", a & m, a | m, a ^ m, (a & m) | (a & ~m) == a, (a ^ m) ^ m == a)
    print("    shifts", a >> 1, a >> 7, a >> 64, a >> 200, a << 1, (a << 100) >> 100 == a, -((-a) >> 3) == (a + 7) // 8 * -1 * -1 or True)
print(-1 & 2 ** 200 == 2 ** 200, (-1 ^ 2 ** 70) == ~(2 ** 70), -(2 ** 70) | 1, -(2 ** 70) & (2 ** 71 - 1), ~0, ~-1, -0x10 >> 2)

print("--- two's complement views")
def twos(n, bits):
    return n & ((1 << bits) - 1)


def from_twos(u, bits):
    if u >> (bits - 1):
        return u - (1 << bits)
    return u


for n in [-1, -128, 127, -32768, -(2 ** 63), 2 ** 63 - 1, -12345678901234567890]:
    for bits in [8, 16, 64, 128]:
        u = twos(n, bits)
        print(n, bits, hex(u), from_twos(u, bits), from_twos(u, bits) == n)

print("--- modular arithmetic")
p = 2 ** 127 - 1
q = 10 ** 9 + 7
for a in [2, 3, 10, -7, 12345678901234567890, -(2 ** 90)]:
    for m in [q, p, 97, 2 ** 61 - 1]:
        inv = pow(a, -1, m)
        print(a, m, inv, a * inv % m, pow(a, -3, m) == pow(inv, 3, m), pow(a, m - 1, m))
for a, m in [(2, 4), (6, 9), (0, 5), (5, 1)]:
    try:
        print(a, m, pow(a, -1, m))
    except ValueError as e:
        print("ValueError", e)
print(pow(3, 10 ** 18, q), pow(-2, 101, 10 ** 20), pow(7, 2 ** 100, p), pow(2, 0, 1), pow(-1, -1, 7), pow(3, -2, -7))

print("--- divmod and signs")
for a in [10 ** 30 + 1, -(10 ** 30 + 1), 7, -7]:
    for b in [3, -3, 10 ** 15, -(10 ** 15), 2 ** 64]:
        q2, r2 = divmod(a, b)
        print(a, b, q2, r2, q2 * b + r2 == a, a // b == q2, a % b == r2, math.fmod(a, b) if abs(a) < 2 ** 53 else "big")
print(-(10 ** 20) // 7, -(10 ** 20) % 7, 10 ** 20 // -7, 10 ** 20 % -7, (-7) // 2, (-7) % 2, 7 // -2, 7 % -2)
print(divmod(-(2 ** 100), 2 ** 50), divmod(2 ** 100, -(2 ** 50) - 1), abs(-(2 ** 100)) == 2 ** 100, -(2 ** 100) < -(2 ** 99))

print("--- digits")
f = math.factorial(450)
s = str(f)
print(len(s), s[:30], s[-120:-90], sum(int(c) for c in s), s.count("0"), len(s) - len(s.rstrip("0")))
print(int(s) == f, int("-" + s) == -f, int(s[::-1]) % 1000003, str(-f)[:5], repr(f)[-5:], f % (10 ** 9 + 9))
print(len(str(2 ** 10000)), str(2 ** 10000)[:25], str(3 ** 2000)[-25:], len(bin(3 ** 2000)), len(hex(-(3 ** 2000))))
print(math.isqrt(10 ** 100), math.isqrt(2 * 10 ** 60), math.isqrt(2 ** 127 - 1), math.gcd(2 ** 100, 6 ** 40), math.gcd(-12, 18, 30), math.lcm(4, 6, 10), math.lcm(2 ** 64, 3 ** 40) == 2 ** 64 * 3 ** 40)
print(math.comb(100, 50), math.perm(20, 10), math.comb(10, 11), math.factorial(0), math.prod([2 ** 30, -3, 5 ** 10]))
print(float(2 ** 1000) == 2.0 ** 1000, 2 ** 1000 > 1e300, -(2 ** 1000) < -1e300, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > float("inf"))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(2 ** 1024 / 1)
except OverflowError as e:
    print("OverflowError", e)
print((2 ** 1024) // 2 ** 1000, (2 ** 1024 + 1) / 2 ** 1000, 10 ** 30 / 10 ** 10, (10 ** 30 + 1) / 10 ** 29)
