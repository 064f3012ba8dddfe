# A bank with transactional transfers: context-manager transactions that roll back on
# error, an audit-log mixin, property setters with validation, exception chaining
# (__cause__/__context__), a generator-based statement printer with close()/throw(),
# and __getattr__ delegation for read-only account views.
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Tuple


class BankError(Exception):
    pass


class Overdraft(BankError):
    def __init__(self, acct, amount):
        super().__init__(f"{acct.number}: cannot take {amount / 100:.2f}, "
                         f"available {acct.available / 100:.2f}")
        self.shortfall = amount - acct.available


class Frozen(BankError):
    pass


class TransferFailed(BankError):
    pass


class AuditMixin:
    audit: List[str] = []

    def record(self, what: str) -> None:
        AuditMixin.audit.append(f"{len(AuditMixin.audit) + 1:03d} {type(self).__name__}:{what}")


@dataclass
class Entry:
    seq: int
    amount: int
    memo: str = ""


class Account(AuditMixin):
    _seq = 0

    def __init__(self, number: str, owner: str, limit: int = 0):
        self.number = number
        self.owner = owner
        self._balance = 0
        self._limit = limit
        self.frozen = False
        self.entries: List[Entry] = []

    @property
    def balance(self) -> int:
        return self._balance

    @property
    def limit(self) -> int:
        return self._limit

    @limit.setter
    def limit(self, value: int) -> None:
        if value < 0:
            raise ValueError(f"limit must be >= 0, got {value}")
        self.record(f"limit {self.number} {self._limit}->{value}")
        self._limit = value

    @property
    def available(self) -> int:
        return self._balance + self._limit

    def post(self, amount: int, memo: str) -> None:
        if self.frozen:
            raise Frozen(f"account {self.number} is frozen")
        if amount < 0 and -amount > self.available:
            raise Overdraft(self, -amount)
        Account._seq += 1
        self._balance += amount
        self.entries.append(Entry(Account._seq, amount, memo))
        self.record(f"post {self.number} {amount:+d}")

    def __repr__(self):
        return f"<{self.number} {self.owner} {self._balance / 100:,.2f}>"


class View:
    def __init__(self, acct: Account):
        object.__setattr__(self, "_acct", acct)

    def __getattr__(self, name):
        if name.startswith("_") or name in ("post",):
            raise AttributeError(f"view hides {name!r}")
        return getattr(self._acct, name)

    def __setattr__(self, name, value):
        raise AttributeError(f"read-only view: cannot set {name!r}")


class Transaction:
    def __init__(self, bank: "Bank", label: str):
        self.bank, self.label = bank, label
        self.snapshot: Dict[str, Tuple[int, int]] = {}

    def __enter__(self):
        self.snapshot = {n: (a._balance, len(a.entries)) for n, a in self.bank.accounts.items()}
        self.bank.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.bank.depth -= 1
        if exc_type is None:
            self.bank.committed.append(self.label)
            return False
        for n, (bal, count) in self.snapshot.items():
            acct = self.bank.accounts[n]
            acct._balance = bal
            del acct.entries[count:]
        self.bank.rolled_back.append((self.label, exc_type.__name__))
        return issubclass(exc_type, Frozen)


class Bank:
    def __init__(self):
        self.accounts: Dict[str, Account] = {}
        self.committed: List[str] = []
        self.rolled_back: List[Tuple[str, str]] = []
        self.depth = 0

    def open(self, owner, deposit=0, limit=0) -> Account:
        acct = Account(f"AC{len(self.accounts) + 1:02d}", owner, limit)
        self.accounts[acct.number] = acct
        if deposit:
            acct.post(deposit, "opening")
        return acct

    def transfer(self, src: str, dst: str, amount: int) -> None:
        with Transaction(self, f"{src}->{dst} {amount}"):
            try:
                self.accounts[src].post(-amount, f"to {dst}")
                self.accounts[dst].post(amount, f"from {src}")
            except KeyError as e:
                raise TransferFailed(f"unknown account {e.args[0]}") from e

    def batch(self, label, moves):
        with Transaction(self, label):
            for src, dst, amt in moves:
                self.transfer(src, dst, amt)


def statement(acct: Account) -> Iterator[str]:
    running = 0
    try:
        for e in acct.entries:
            running += e.amount
            try:
                yield f"  #{e.seq:<3}{e.memo:<14}{e.amount / 100:>10.2f}{running / 100:>11.2f}"
            except ValueError as err:
                yield f"  !! {err}"
    finally:
        print(f"  (statement for {acct.number} closed at balance {running / 100:.2f})")


bank = Bank()
a = bank.open("ana", 50_000)
b = bank.open("bo", 12_500, limit=10_000)
c = bank.open("cy")
print(list(bank.accounts.values()))
attempts = [("AC01", "AC02", 20_000), ("AC02", "AC03", 40_000), ("AC02", "AC03", 42_500),
            ("AC03", "AC09", 100), ("AC03", "AC01", 5_000)]
for src, dst, amt in attempts:
    try:
        bank.transfer(src, dst, amt)
        print(f"ok   {src}->{dst} {amt / 100:>8.2f}  {bank.accounts[src]!r} {bank.accounts[dst]!r}")
    except Overdraft as e:
        print(f"FAIL {src}->{dst}: {e} (short {e.shortfall})")
    except TransferFailed as e:
        print(f"FAIL {src}->{dst}: {e}; cause={type(e.__cause__).__name__}{e.__cause__}")

c.frozen = True
bank.transfer("AC01", "AC03", 1_000)
print("frozen transfer swallowed; balances", [x.balance for x in bank.accounts.values()])
c.frozen = False
try:
    bank.batch("payroll", [("AC01", "AC02", 1_000), ("AC01", "AC03", 2_000), ("AC02", "AC01", 999_999)])
except Overdraft as e:
    print("batch rolled back:", e, "| context:", type(e.__context__).__name__)
print("after batch", [x.balance for x in bank.accounts.values()], "depth", bank.depth)
bank.batch("bonus", [("AC01", "AC03", 1_500), ("AC02", "AC03", 500)])
print("committed:", bank.committed)
print("rolled back:", bank.rolled_back)

try:
    b.limit = -5
except ValueError as e:
    print("ValueError:", e)
b.limit = 25_000
v = View(b)
print(v.owner, v.balance, v.available, v.number)
for attr in ("_balance", "post", "nickname"):
    try:
        getattr(v, attr)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    v.owner = "mallory"
except AttributeError as e:
    print("AttributeError:", e)

for acct in sorted(bank.accounts.values(), key=lambda x: (-x.balance, x.number)):
    print(f"{acct.owner}: {len(acct.entries)} entries")
    for line in statement(acct):
        print(line)
gen = statement(a)
print(next(gen))
print(gen.throw(ValueError("disputed entry")))
gen.close()
print(len(AuditMixin.audit), AuditMixin.audit[:3], AuditMixin.audit[-2:])
totals = {k: sum(e.amount for e in acct.entries) == acct.balance for k, acct in bank.accounts.items()}
print(totals, sum(x.balance for x in bank.accounts.values()) == 62_500)
