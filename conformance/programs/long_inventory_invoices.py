# An inventory and order system: products, stock levels, discount rules as closures,
# orders with line items, invoices with tax, and a custom exception hierarchy.
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional


class ShopError(Exception):
    pass


class OutOfStock(ShopError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku = sku
        self.wanted = wanted
        self.have = have


class UnknownProduct(ShopError, KeyError):
    pass


class InvalidCoupon(ShopError, ValueError):
    pass


@dataclass
class Product:
    sku: str
    name: str
    price_cents: int
    category: str
    stock: int = 0

    def price(self) -> float:
        return self.price_cents / 100


@dataclass(order=True)
class LineItem:
    sku: str
    qty: int
    unit_cents: int = 0

    @property
    def total_cents(self) -> int:
        return self.qty * self.unit_cents


@dataclass
class Order:
    number: int
    customer: str
    items: List[LineItem] = field(default_factory=list)
    coupon: Optional[str] = None

    def subtotal(self) -> int:
        return sum(item.total_cents for item in self.items)


class Inventory:
    def __init__(self):
        self._products: Dict[str, Product] = {}
        self.movements = []

    def add(self, product: Product) -> None:
        self._products[product.sku] = product
        self.movements.append(("add", product.sku, product.stock))

    def __getitem__(self, sku: str) -> Product:
        try:
            return self._products[sku]
        except KeyError:
            raise UnknownProduct(sku) from None

    def __contains__(self, sku):
        return sku in self._products

    def __len__(self):
        return len(self._products)

    def __iter__(self):
        return iter(self._products.values())

    def take(self, sku: str, qty: int) -> Product:
        p = self[sku]
        if p.stock < qty:
            raise OutOfStock(sku, qty, p.stock)
        p.stock -= qty
        self.movements.append(("take", sku, qty))
        return p

    def restock(self, sku: str, qty: int) -> None:
        self[sku].stock += qty
        self.movements.append(("restock", sku, qty))

    def low_stock(self, threshold=3):
        return sorted((p for p in self if p.stock <= threshold), key=lambda p: (p.stock, p.sku))


def percent_off(pct: int, category: Optional[str] = None) -> Callable[[Order, Inventory], int]:
    def rule(order, inv):
        base = sum(i.total_cents for i in order.items
                   if category is None or inv[i.sku].category == category)
        return base * pct // 100
    rule.__name__ = f"percent_off_{pct}_{category or 'all'}"
    return rule


def buy_n_get_one(sku: str, n: int):
    def rule(order, inv):
        free = 0
        for item in order.items:
            if item.sku == sku:
                free += (item.qty // (n + 1)) * item.unit_cents
        return free
    rule.__name__ = f"buy{n}get1_{sku}"
    return rule


COUPONS = {
    "SPRING10": percent_off(10),
    "BOOKS25": percent_off(25, "books"),
    "PEN3": buy_n_get_one("P-100", 2),
}

TAX_RATES = {"books": 0.0, "office": 0.08, "food": 0.05}


def place_order(inv: Inventory, number: int, customer: str, wanted, coupon=None) -> Order:
    order = Order(number, customer, coupon=coupon)
    taken = []
    try:
        for sku, qty in wanted:
            p = inv.take(sku, qty)
            taken.append((sku, qty))
            order.items.append(LineItem(sku, qty, p.price_cents))
        if coupon is not None and coupon not in COUPONS:
            raise InvalidCoupon(f"coupon {coupon!r} does not exist")
    except ShopError:
        for sku, qty in reversed(taken):
            inv.restock(sku, qty)
        raise
    finally:
        print(f"  order #{number} for {customer}: attempted {len(wanted)} line(s)")
    return order


def invoice(order: Order, inv: Inventory) -> str:
    lines = [f"INVOICE #{order.number:05d}  customer: {order.customer}"]
    lines.append(f"{'sku':<8}{'name':<16}{'qty':>4}{'unit':>9}{'total':>10}")
    for item in sorted(order.items):
        p = inv[item.sku]
        lines.append(f"{item.sku:<8}{p.name:<16}{item.qty:>4}{item.unit_cents / 100:>9.2f}"
                     f"{item.total_cents / 100:>10.2f}")
    sub = order.subtotal()
    discount = 0
    if order.coupon:
        rule = COUPONS[order.coupon]
        discount = rule(order, inv)
        lines.append(f"{'discount (' + rule.__name__ + ')':<37}{-discount / 100:>10.2f}")
    tax = 0.0
    for item in order.items:
        tax += item.total_cents * TAX_RATES[inv[item.sku].category]
    tax_cents = round(tax)
    total = sub - discount + tax_cents
    lines.append(f"{'subtotal':<37}{sub / 100:>10.2f}")
    lines.append(f"{'tax':<37}{tax_cents / 100:>10.2f}")
    lines.append(f"{'TOTAL':<37}{total / 100:>10.2f}")
    return "\n".join(lines)


inv = Inventory()
for args in [("B-001", "Python Primer", 2999, "books", 5),
             ("B-002", "Rust in Action", 4550, "books", 2),
             ("P-100", "Gel pen", 125, "office", 20),
             ("N-200", "Notebook A5", 349, "office", 8),
             ("F-300", "Coffee beans", 1299, "food", 4)]:
    inv.add(Product(*args))

print(len(inv), "products;", "B-002" in inv, "Z-999" in inv)
print(inv["P-100"])
print([p.name for p in sorted(inv, key=lambda p: -p.price_cents)])

requests = [
    (1, "ada", [("B-001", 1), ("P-100", 6)], "PEN3"),
    (2, "bob", [("B-002", 1), ("F-300", 2)], "BOOKS25"),
    (3, "cy", [("N-200", 3), ("B-002", 5)], None),
    (4, "dee", [("F-300", 1), ("X-000", 1)], None),
    (5, "eve", [("N-200", 2), ("B-001", 2)], "FREESTUFF"),
    (6, "fay", [("F-300", 2), ("N-200", 4), ("P-100", 3)], "SPRING10"),
]

orders = []
for number, customer, wanted, coupon in requests:
    try:
        orders.append(place_order(inv, number, customer, wanted, coupon))
    except OutOfStock as e:
        print(f"  -> out of stock: {e} (short by {e.wanted - e.have})")
    except UnknownProduct as e:
        print(f"  -> unknown product {e.args[0]!r}; is KeyError: {isinstance(e, KeyError)}")
    except ShopError as e:
        print(f"  -> {type(e).__name__}: {e}")

print()
for order in orders:
    print(invoice(order, inv))
    print("-" * 47)

revenue = {}
for order in orders:
    for item in order.items:
        cat = inv[item.sku].category
        revenue[cat] = revenue.get(cat, 0) + item.total_cents
for cat, cents in sorted(revenue.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{cat:>8}: {cents / 100:8.2f} {'#' * (cents // 1000)}")

print("low stock:", [(p.sku, p.stock) for p in inv.low_stock()])
kinds = {}
for kind, sku, qty in inv.movements:
    kinds.setdefault(kind, []).append(qty)
print({k: (len(v), sum(v)) for k, v in kinds.items()})
best = max(orders, key=lambda o: o.subtotal())
print(f"biggest order: #{best.number} by {best.customer} = {best.subtotal():,} cents")
print(sorted(LineItem("A", 2, 5) for _ in range(1)) + [LineItem("A", 1) < LineItem("A", 2)])
