# A bank ledger with functions and dicts, raising and catching ValueError.
accounts = {}
ledger = []
next_txn = 1


def open_account(name, initial):
    if name in accounts:
        raise ValueError("account already exists: " + name)
    if initial < 0:
        raise ValueError("initial deposit must be non-negative")
    accounts[name] = initial
    record("open", name, initial)


def record(kind, name, amount):
    global next_txn
    ledger.append((next_txn, kind, name, amount))
    next_txn += 1


def deposit(name, amount):
    if name not in accounts:
        raise KeyError(name)
    if amount <= 0:
        raise ValueError("deposit must be positive, got " + str(amount))
    accounts[name] += amount
    record("deposit", name, amount)


def withdraw(name, amount):
    if name not in accounts:
        raise KeyError(name)
    if amount <= 0:
        raise ValueError("withdrawal must be positive")
    if accounts[name] < amount:
        raise ValueError(f"insufficient funds in {name}: balance {accounts[name]}, requested {amount}")
    accounts[name] -= amount
    record("withdraw", name, amount)


def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except KeyError:
        accounts[src] += amount
        record("refund", src, amount)
        raise


def apply_interest(rate_percent):
    for name in accounts:
        bal = accounts[name]
        interest = bal * rate_percent // 100
        if interest > 0:
            accounts[name] = bal + interest
            record("interest", name, interest)


def run(op, a, b, c):
    try:
        if op == "open":
            open_account(a, b)
        elif op == "deposit":
            deposit(a, b)
        elif op == "withdraw":
            withdraw(a, b)
        elif op == "transfer":
            transfer(a, b, c)
        else:
            raise ValueError("unknown operation " + repr(op))
        print(f"ok    {op:<9} {a}")
    except ValueError as e:
        print(f"error {op:<9} {e}")
    except KeyError as e:
        print(f"error {op:<9} no such account {e}")


operations = [
    ("open", "alice", 1000, None),
    ("open", "bob", 250, None),
    ("open", "carol", 0, None),
    ("open", "alice", 5, None),
    ("open", "dave", -10, None),
    ("deposit", "bob", 125, None),
    ("deposit", "bob", 0, None),
    ("deposit", "erin", 10, None),
    ("withdraw", "alice", 300, None),
    ("withdraw", "carol", 1, None),
    ("transfer", "alice", "carol", 200),
    ("transfer", "bob", "zed", 50),
    ("transfer", "carol", "bob", 500),
    ("close", "bob", None, None),
    ("withdraw", "alice", 500, None),
]
for op, a, b, c in operations:
    run(op, a, b, c)

apply_interest(5)
print()
print(f"{'txn':>4} {'kind':<9} {'account':<8} {'amount':>8}")
for txn, kind, name, amount in ledger:
    print(f"{txn:>4} {kind:<9} {name:<8} {amount:>8,}")
print()
total = 0
for name in sorted(accounts):
    total += accounts[name]
    print(f"{name:<8}{accounts[name]:>10,}")
print(f"{'TOTAL':<8}{total:>10,}")
deposits = 0
withdrawals = 0
for txn, kind, name, amount in ledger:
    if kind == "deposit" or kind == "open" or kind == "interest" or kind == "refund":
        deposits += amount
    elif kind == "withdraw":
        withdrawals += amount
print("in:", deposits, "out:", withdrawals, "net:", deposits - withdrawals, total == deposits - withdrawals)
big = 10 ** 18
open_account("whale", big)
for i in range(25):
    apply_interest(10)
print(accounts["whale"], accounts["whale"] > 2 ** 63)
