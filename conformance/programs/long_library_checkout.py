# A library checkout system: books, members with borrowing limits, holds queues, due
# dates on an integer day clock, late fees, a custom exception hierarchy, and a report.
class LibraryError(Exception):
    pass


class NotFound(LibraryError):
    def __init__(self, kind, key):
        super().__init__(f"no {kind} with id {key!r}")
        self.kind = kind
        self.key = key


class NotAvailable(LibraryError):
    def __init__(self, book, holder):
        super().__init__(f"{book.title!r} is checked out by {holder}")
        self.book = book


class LimitReached(LibraryError):
    def __init__(self, member):
        super().__init__(f"{member.name} already has {len(member.loans)} of {member.limit} books")


class HasFees(LibraryError):
    def __init__(self, member):
        super().__init__(f"{member.name} owes {member.fees / 100:.2f}")


class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn = isbn
        self.title = title
        self.author = author
        self.year = year
        self.borrower = None
        self.due = None
        self.holds = []
        self.times_loaned = 0

    def __repr__(self):
        return f"<{self.isbn} {self.title!r}>"


class Member:
    limit = 2
    fee_per_day = 25

    def __init__(self, mid, name):
        self.mid = mid
        self.name = name
        self.loans = []
        self.fees = 0
        self.history = []

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Premium(Member):
    limit = 4
    fee_per_day = 10


class Library:
    LOAN_DAYS = 14

    def __init__(self):
        self.books = {}
        self.members = {}
        self.today = 0
        self.log = []

    def add_book(self, *args):
        book = Book(*args)
        self.books[book.isbn] = book
        return book

    def join(self, member):
        self.members[member.mid] = member

    def book(self, isbn):
        try:
            return self.books[isbn]
        except KeyError:
            raise NotFound("book", isbn) from None

    def member(self, mid):
        if mid not in self.members:
            raise NotFound("member", mid)
        return self.members[mid]

    def checkout(self, mid, isbn):
        m = self.member(mid)
        b = self.book(isbn)
        if m.fees > 0:
            raise HasFees(m)
        if b.borrower is not None:
            raise NotAvailable(b, b.borrower.name)
        if b.holds and b.holds[0] is not m:
            raise NotAvailable(b, "hold for " + b.holds[0].name)
        if len(m.loans) >= m.limit:
            raise LimitReached(m)
        if b.holds:
            b.holds.pop(0)
        b.borrower = m
        b.due = self.today + self.LOAN_DAYS
        b.times_loaned += 1
        m.loans.append(b)
        m.history.append(b.isbn)
        self.log.append((self.today, "out", m.name, b.title))
        return b.due

    def checkin(self, isbn):
        b = self.book(isbn)
        m = b.borrower
        if m is None:
            raise LibraryError(f"{b.title!r} is not checked out")
        late = max(0, self.today - b.due)
        fee = late * m.fee_per_day
        m.fees += fee
        m.loans.remove(b)
        b.borrower = None
        b.due = None
        self.log.append((self.today, "in", m.name, b.title))
        return late, fee

    def hold(self, mid, isbn):
        m = self.member(mid)
        b = self.book(isbn)
        if m in b.holds:
            raise LibraryError(f"{m.name} already holds {b.title!r}")
        b.holds.append(m)
        return len(b.holds)

    def pay(self, mid, cents):
        m = self.member(mid)
        paid = min(cents, m.fees)
        m.fees -= paid
        return cents - paid

    def overdue(self):
        return sorted((b.due, b.title, b.borrower.name) for b in self.books.values()
                      if b.borrower is not None and b.due < self.today)


lib = Library()
for args in [("111", "Dune", "Herbert", 1965), ("222", "Emma", "Austen", 1815),
             ("333", "Ulysses", "Joyce", 1922), ("444", "Beloved", "Morrison", 1987),
             ("555", "Kindred", "Butler", 1979)]:
    lib.add_book(*args)
for m in [Member("m1", "Ann"), Premium("m2", "Ben"), Member("m3", "Cy")]:
    lib.join(m)

script = [
    (0, "checkout", "m1", "111"), (0, "checkout", "m1", "222"), (0, "checkout", "m1", "333"),
    (1, "checkout", "m3", "111"), (1, "hold", "m3", "111"), (1, "hold", "m2", "111"),
    (1, "hold", "m3", "111"), (2, "checkout", "m2", "333"), (2, "checkout", "m2", "999"),
    (3, "checkout", "m9", "444"), (16, "checkin", "111", None), (16, "checkout", "m2", "111"),
    (17, "checkout", "m3", "111"), (20, "checkin", "222", None), (20, "checkout", "m1", "444"),
    (21, "pay", "m1", 150), (21, "checkout", "m1", "444"), (21, "pay", "m1", 1000),
    (22, "checkout", "m1", "444"), (22, "checkin", "222", None), (40, "checkin", "333", None),
    (40, "checkin", "111", None), (41, "checkout", "m3", "111"), (41, "checkout", "m2", "555"),
    (41, "checkout", "m2", "222"), (60, "checkin", "555", None),
]
for day, action, a, b in script:
    lib.today = day
    try:
        if action == "checkout":
            result = f"due day {lib.checkout(a, b)}"
        elif action == "checkin":
            late, fee = lib.checkin(a)
            result = f"late {late} day(s), fee {fee / 100:.2f}"
        elif action == "hold":
            result = f"position {lib.hold(a, b)}"
        else:
            result = f"change {lib.pay(a, b) / 100:.2f}"
        print(f"day {day:2d} {action:<8} {a} {b!s:<4} ok: {result}")
    except NotFound as e:
        print(f"day {day:2d} {action:<8} {a} {b!s:<4} NotFound({e.kind}): {e}")
    except LibraryError as e:
        print(f"day {day:2d} {action:<8} {a} {b!s:<4} {type(e).__name__}: {e}")
    if day in (17, 41):
        print("         overdue:", lib.overdue())

print()
print(f"{'isbn':<5} {'title':<9} {'author':<9} {'year':>4} {'loans':>5}  status")
for isbn in sorted(lib.books):
    b = lib.books[isbn]
    status = "on shelf" if b.borrower is None else f"out to {b.borrower.name} until {b.due}"
    holds = ",".join(m.name for m in b.holds)
    print(f"{b.isbn:<5} {b.title:<9} {b.author:<9} {b.year:>4} {b.times_loaned:>5}  {status}"
          + (f" holds={holds}" if holds else ""))
print()
for mid in sorted(lib.members):
    m = lib.members[mid]
    print(f"{m!r:<14} limit={m.limit} loans={[b.title for b in m.loans]} fees={m.fees} history={m.history}")
print()
by_member = {}
for day, kind, name, title in lib.log:
    by_member.setdefault(name, {"out": 0, "in": 0})[kind] += 1
print(sorted(by_member.items()))
print("log entries", len(lib.log), "first", lib.log[0], "last", lib.log[-1])
decades = {}
for b in lib.books.values():
    decades.setdefault(b.year // 10 * 10, []).append(b.title)
for decade in sorted(decades):
    print(decade, sorted(decades[decade]))
print(isinstance(NotFound("x", 1), LibraryError), [c.__name__ for c in HasFees.__mro__])
