class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: {amount} > {self.balance}")
        self.balance -= amount
        self.history.append(-amount)

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, balance):
        self.accounts[owner] = Account(owner, balance)

    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)

    def report(self):
        return {k: sum(a.history) / len(a.history) for k, a in self.accounts.items()}


bank = Bank()
bank.open("ann", 100)
bank.open("bob", 5)
bank.transfer("ann", "bob", 30)
print(bank.report()["ann"])
try:
    bank.transfer("bob", "ann", 500)
except InsufficientFunds as e:
    print("refused", e)
bank.open("cid", 0)
print(bank.report())
