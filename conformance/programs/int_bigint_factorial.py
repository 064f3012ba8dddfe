# Factorials via loops and recursion overflow 64 bits quickly.
def fact_loop(n):
    r = 1
    i = 2
    while i <= n:
        r = r * i
        i = i + 1
    return r


def fact_rec(n):
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)


for n in range(0, 31):
    a = fact_loop(n)
    b = fact_rec(n)
    print(n, a, a == b)

print(fact_loop(50))
print(fact_rec(60))
big = fact_loop(100)
print(len(str(big)))
zeros = 0
s = str(big)
i = len(s) - 1
while s[i] == "0":
    zeros += 1
    i -= 1
print("trailing zeros of 100!:", zeros)
print(fact_loop(25) // fact_loop(23))
print(fact_loop(30) % 1000000007)
print(fact_loop(20) < 2 ** 63, fact_loop(21) < 2 ** 63)
