# Fields that usually hold floats but sometimes receive ints, bools, None or strs;
# class-level float defaults shadowed by instance fields; augmented assignment through
# lists of objects and through getattr/setattr; int/float equality of field values.
class Account:
    rate = 0.05
    balance = 0.0

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def accrue(self):
        self.balance += self.balance * self.rate
        return self.balance


class Gauge:
    def __init__(self):
        self.level = 0.0
        self.peak = 0.0

    def set(self, v):
        self.level = v
        if v > self.peak:
            self.peak = v


acc = Account("ann", 100)
print(acc.balance, type(acc.balance).__name__, acc.rate)
acc.accrue()
print(acc.balance, type(acc.balance).__name__)
acc.rate = 1
acc.accrue()
print(acc.balance, acc.rate, Account.rate)
del acc.rate
print(acc.rate, acc.accrue())
acc.balance = 7
print(acc.balance * 2, acc.balance / 2, acc.balance // 2, type(acc.balance).__name__)
del acc.balance
print("class default", acc.balance, Account.balance)
acc.balance = True
print(acc.balance + 0.5, acc.accrue())

g = Gauge()
for v in [1, 2.5, 2, -1.0, 3, 3.0, 2.9999999999999996]:
    g.set(v)
    print(repr(g.level), repr(g.peak), g.level == g.peak)
g.level = None
print(g.level is None, g.peak)
g.level = "high"
print(g.level * 2, g.peak)
g.level = 0.1
for i in range(10):
    g.level += 0.1
print(g.level, g.level == 1.1, round(g.level, 10) == 1.1)

gauges = [Gauge() for _ in range(4)]
for i in range(len(gauges)):
    gauges[i].level = i
    gauges[i].level *= 1.5
    gauges[i].level -= i // 2
    gauges[i].peak = max(gauges[i].peak, gauges[i].level)
print([g.level for g in gauges], [g.peak for g in gauges])
for g in gauges:
    g.level **= 2
    g.level %= 3
print([g.level for g in gauges])

for name in ["level", "peak"]:
    for g in gauges:
        setattr(g, name, getattr(g, name) + 0.25)
print([(g.level, g.peak) for g in gauges])
total = 0
for g in gauges:
    total += g.level
print(total, type(total).__name__, sum(g.peak for g in gauges))

a1 = Account("x", 1.0)
a2 = Account("y", 1)
print(a1.balance == a2.balance, a1.balance is a2.balance, str(a1.balance), str(a2.balance))
a1.balance = 2 ** 60
a2.balance = float(2 ** 60)
print(a1.balance == a2.balance, a1.balance + 1 == a2.balance + 1, a1.balance + 1, a2.balance + 1)
a1.balance = 10 ** 20
a1.accrue()
print(a1.balance, f"{a1.balance:.1f}", int(a1.balance))
a2.balance = -0.0
a2.accrue()
print(a2.balance, a2.balance == 0)
vals = sorted([Account(str(i), v) for i, v in enumerate([3, 1.5, 2, 0.5, 2.0])], key=lambda a: a.balance)
print([(a.owner, a.balance) for a in vals])
print(max(vals, key=lambda a: a.balance).owner, min(a.balance for a in vals))
