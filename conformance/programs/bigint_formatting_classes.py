# Big integers flowing through classes, closures and formatting.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def compound(self, rate_percent, years):
        for _ in range(years):
            self.balance = self.balance * (100 + rate_percent) // 100
        return self

a = Account(10 ** 20).compound(7, 50)
print(a.balance, f"{a.balance:,}", f"{a.balance:.3e}", len(str(a.balance)))
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)
f50 = factorial(50)
print(f50, f50 % 1000007, f50.bit_length(), hex(f50)[:12], f50 // 10 ** 60)
big = [2 ** k - 1 for k in (61, 62, 63, 64, 65)]
print(big, [b % 7 for b in big], sum(big), max(big) - min(big))
print(-(2 ** 70) // 3, -(2 ** 70) % 3, divmod(-(2 ** 70), 7), abs(-(10 ** 30)))
print(f"{2**64:_x}", f"{-2**63:+d}", format(10**25, ">40,"), int("9" * 40) + 1)
