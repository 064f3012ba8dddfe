# A realistic program over list and dict subclasses: an inventory with a default-valued
# registry (__missing__), an audited dict (__setitem__/__delitem__ overrides with super()),
# a bounded history list (append override, slices), a sorted list, and report printing.


class Defaults(dict):
    """A dict whose missing keys read as a default made by a factory (and are kept)."""

    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
        self.misses = 0

    def __missing__(self, key):
        self.misses += 1
        value = self[key] = self.factory()
        return value

    def __repr__(self):
        return f"Defaults({dict.__repr__(self)}, misses={self.misses})"


class Audited(dict):
    def __init__(self, *args, **kw):
        self.log = []
        super().__init__(*args, **kw)

    def __setitem__(self, key, value):
        self.log.append(("set", key, value))
        super().__setitem__(key, value)

    def __delitem__(self, key):
        self.log.append(("del", key))
        super().__delitem__(key)


class History(list):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
        self.dropped = 0

    def append(self, item):
        super().append(item)
        while len(self) > self.limit:
            del self[0]
            self.dropped += 1

    def last(self, n):
        return self[-n:]


class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def add(self, x):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        self.insert(lo, x)

    def __contains__(self, x):
        i = self._index(x)
        return i < len(self) and self[i] == x

    def _index(self, x):
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        return lo


class Inventory:
    def __init__(self):
        self.stock = Defaults(int)
        self.prices = Audited()
        self.history = History(4)
        self.skus = SortedList()

    def receive(self, sku, qty, price):
        if sku not in self.skus:
            self.skus.add(sku)
        self.stock[sku] += qty
        self.prices[sku] = price
        self.history.append(f"+{qty} {sku}")

    def sell(self, sku, qty):
        if self.stock[sku] < qty:
            raise ValueError(f"only {self.stock[sku]} of {sku}")
        self.stock[sku] -= qty
        self.history.append(f"-{qty} {sku}")
        return qty * self.prices[sku]

    def discontinue(self, sku):
        del self.prices[sku]
        self.skus.remove(sku)

    def value(self):
        return sum(self.stock[s] * p for s, p in self.prices.items())


inv = Inventory()
inv.receive("widget", 10, 2.5)
inv.receive("gadget", 3, 10.0)
inv.receive("bolt", 100, 0.1)
inv.receive("widget", 5, 2.75)
print("revenue", inv.sell("widget", 4), inv.sell("bolt", 30))
try:
    inv.sell("gizmo", 1)
except ValueError as e:
    print("ValueError:", e)
print(inv.stock)
print(inv.stock.misses, isinstance(inv.stock, dict), len(inv.stock))
print(sorted(inv.stock.items()), inv.stock.get("nothing"), "nothing" in inv.stock)
print(inv.prices, inv.prices.log)
inv.prices.update(bolt=0.12)
inv.prices.setdefault("nut", 0.05)
print(inv.prices.log[-1], inv.prices["bolt"], inv.prices["nut"])
inv.discontinue("gadget")
print(inv.prices.log[-1], list(inv.skus), "gadget" in inv.skus, "bolt" in inv.skus)
print(round(inv.value(), 2))
print(inv.history, inv.history.dropped, inv.history.last(2), type(inv.history.last(2)).__name__)
plain = dict(inv.prices)
print(type(plain).__name__, plain == inv.prices, inv.prices == plain, plain is inv.prices)
merged = {**inv.stock, **inv.prices}
print(sorted(merged))
for sku in SortedList(["b", "a", "c"]):
    print(sku, end=" ")
print()
s = SortedList([5, 1, 4])
for x in (3, 0, 9):
    s.add(x)
print(s, s[1:4], type(s + [1]).__name__, s.count(4), s.index(4), 4 in s, 2 in s)
counts = Defaults(list)
for word in "apple avocado banana blueberry cherry".split():
    counts[word[0]].append(word)
print(counts)
print({k: len(v) for k, v in counts.items()})
