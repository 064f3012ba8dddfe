# A bank ledger with accounts, transactions, custom exceptions, and an event scheduler driven by a
# hand-written binary-heap priority queue of user objects ordered by __lt__.
class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.account = account
        self.amount = amount


class UnknownAccount(LedgerError, KeyError):
    pass


class Account:
    _next_id = 1
    interest_rate = 0.0

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        interest = int(self._balance * self.interest_rate)
        if interest:
            self.deposit(interest)
        return interest

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.owner!r}, {self._balance})"

    def __lt__(self, other):
        return (self._balance, self.id) < (other._balance, other.id)


class Savings(Account):
    interest_rate = 0.02


class Overdraft(Account):
    def __init__(self, owner, balance=0, limit=100):
        super().__init__(owner, balance)
        self.limit = limit

    def withdraw(self, amount):
        if amount > self._balance + self.limit:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))


class Ledger:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, *args, **kwargs):
        acct = cls(owner, *args, **kwargs)
        self.accounts[acct.id] = acct
        return acct

    def __getitem__(self, acct_id):
        try:
            return self.accounts[acct_id]
        except KeyError:
            raise UnknownAccount(acct_id) from None

    def __contains__(self, acct_id):
        return acct_id in self.accounts

    def __iter__(self):
        return iter(sorted(self.accounts.values()))

    def __len__(self):
        return len(self.accounts)

    def transfer(self, src, dst, amount):
        a, b = self[src], self[dst]
        a.withdraw(amount)
        b.deposit(amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())


class Event:
    def __init__(self, time, priority, name, action):
        self.time = time
        self.priority = priority
        self.name = name
        self.action = action

    def __lt__(self, other):
        return (self.time, self.priority, self.name) < (other.time, other.priority, other.name)

    def __repr__(self):
        return f"<{self.name}@{self.time}>"


class PriorityQueue:
    def __init__(self):
        self._heap = []

    def push(self, item):
        h = self._heap
        h.append(item)
        i = len(h) - 1
        while i > 0:
            parent = (i - 1) // 2
            if h[i] < h[parent]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break

    def pop(self):
        h = self._heap
        if not h:
            raise IndexError("pop from empty priority queue")
        top = h[0]
        last = h.pop()
        if h:
            h[0] = last
            i = 0
            while True:
                l, r, small = 2 * i + 1, 2 * i + 2, i
                if l < len(h) and h[l] < h[small]:
                    small = l
                if r < len(h) and h[r] < h[small]:
                    small = r
                if small == i:
                    break
                h[i], h[small] = h[small], h[i]
                i = small
        return top

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return len(self._heap) > 0


ledger = Ledger()
alice = ledger.open(Account, "alice", 500)
bob = ledger.open(Savings, "bob", 1000)
carol = ledger.open(Overdraft, "carol", 50, limit=200)
print(list(ledger), len(ledger), ledger.total(), 2 in ledger, 9 in ledger)

queue = PriorityQueue()
log = []


def schedule(time, priority, name, action):
    queue.push(Event(time, priority, name, action))


def make_transfer(src, dst, amount):
    def run():
        ledger.transfer(src, dst, amount)
        return f"moved {amount} from {src} to {dst}"
    return run


def month_end():
    paid = {a.owner: a.month_end() for a in ledger.accounts.values()}
    return f"interest {paid}"


schedule(3, 1, "t1", make_transfer(1, 2, 200))
schedule(1, 2, "t2", make_transfer(3, 1, 240))
schedule(1, 1, "t3", make_transfer(2, 3, 75))
schedule(5, 0, "eom", month_end)
schedule(2, 0, "t4", make_transfer(3, 2, 500))
schedule(4, 0, "t5", make_transfer(1, 7, 1))
schedule(4, 1, "t6", lambda: bob.deposit(-5))
schedule(6, 0, "t7", make_transfer(3, 1, 1))

while queue:
    ev = queue.pop()
    try:
        log.append((ev.time, ev.name, ev.action()))
    except InsufficientFunds as e:
        log.append((ev.time, ev.name, "declined: " + str(e), e.amount))
    except UnknownAccount as e:
        log.append((ev.time, ev.name, "unknown account", repr(e), isinstance(e, KeyError)))
    except ValueError as e:
        log.append((ev.time, ev.name, "invalid: " + str(e)))

for entry in log:
    print(*entry)
print(list(ledger))
print(min(ledger.accounts.values()), max(ledger.accounts.values()), ledger.total())
for acct in ledger:
    print(acct.owner, acct.history)
try:
    queue.pop()
except IndexError as e:
    print("IndexError:", e)
ledger[42]
