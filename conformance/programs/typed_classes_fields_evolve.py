# Fields of plain classes changing type, deleted, shadowing class attributes, read via
# getattr with constant names, instances in dicts and sets, methods returning self.
class Account:
    rate = 0.05
    kind = "basic"

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def apply_interest(self):
        self.balance = self.balance * (1 + self.rate)
        return self

    def summary(self):
        return f"{self.owner}: {self.balance:.2f} ({len(self.history)} ops, {self.kind})"


a = Account("ann", 100)
a.deposit(50).deposit(25)
print(a.summary(), a.balance, type(a.balance).__name__)
a.apply_interest()
print(a.summary(), type(a.balance).__name__)
a.rate = 0.5
a.kind = "gold"
print(a.apply_interest().summary(), Account.rate, Account.kind)
b = Account("bob", 10)
b.balance = "frozen"
print(b.balance, b.summary() if False else b.owner)
del b.history
try:
    b.deposit(1)
except AttributeError as e:
    print("AttributeError:", e)
except TypeError as e:
    print("TypeError:", e)
accounts = {a: "first", b: "second"}
print(accounts[a], len({a, b, a}), a in accounts)
print(getattr(a, "owner"), hasattr(b, "history"), isinstance(a, Account))
ledger = [Account(n, i * 10) for i, n in enumerate("xyz")]
total = 0
for acc in ledger:
    total += acc.deposit(5).balance
print(total, [acc.summary() for acc in ledger])
