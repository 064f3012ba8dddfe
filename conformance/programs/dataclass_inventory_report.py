# A realistic program: an inventory report built from dataclasses with typing annotations
from dataclasses import dataclass, field, asdict, replace
from typing import Dict, List, Optional, Tuple


@dataclass(frozen=True, order=True)
class Sku:
    category: str
    code: int

    def __str__(self) -> str:
        return f"{self.category[:3].upper()}-{self.code:04d}"


@dataclass
class Supplier:
    name: str
    country: str
    lead_days: int = 7


@dataclass
class Product:
    sku: Sku
    name: str
    unit_price: float
    stock: int = 0
    reorder_level: int = 5
    supplier: Optional[Supplier] = None
    tags: List[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.unit_price * self.stock

    def needs_reorder(self) -> bool:
        return self.stock <= self.reorder_level


@dataclass
class Movement:
    sku: Sku
    delta: int
    reason: str = "adjustment"


@dataclass
class Inventory:
    products: Dict[Sku, Product] = field(default_factory=dict)
    history: List[Movement] = field(default_factory=list)

    def add(self, p: Product) -> None:
        if p.sku in self.products:
            raise KeyError(f"duplicate sku {p.sku}")
        self.products[p.sku] = p

    def move(self, sku: Sku, delta: int, reason: str = "adjustment") -> None:
        p = self.products[sku]
        if p.stock + delta < 0:
            raise ValueError(f"not enough {p.name}: have {p.stock}, need {-delta}")
        p.stock += delta
        self.history.append(Movement(sku, delta, reason))

    def by_category(self) -> Dict[str, List[Product]]:
        groups: Dict[str, List[Product]] = {}
        for sku in sorted(self.products):
            groups.setdefault(sku.category, []).append(self.products[sku])
        return groups

    def totals(self) -> Tuple[int, float]:
        units = sum(p.stock for p in self.products.values())
        value = sum(p.value for p in self.products.values())
        return units, round(value, 2)


acme = Supplier("Acme", "US")
nord = Supplier("Nordic Tools", "SE", lead_days=14)
inv = Inventory()
catalogue = [
    Product(Sku("tools", 12), "Hammer", 12.5, 20, supplier=acme, tags=["steel"]),
    Product(Sku("tools", 3), "Screwdriver set", 19.99, 4, supplier=nord),
    Product(Sku("garden", 7), "Rake", 15.0, 2, reorder_level=3, supplier=acme),
    Product(Sku("garden", 1), "Hose 20m", 29.95, 11, tags=["rubber", "outdoor"]),
    Product(Sku("paint", 40), "White paint 5L", 42.0, 6, reorder_level=6, supplier=nord),
]
for p in catalogue:
    inv.add(p)

inv.move(Sku("tools", 12), -5, "sale")
inv.move(Sku("garden", 1), -9, "sale")
inv.move(Sku("garden", 7), 10, "restock")
for sku, delta in [(Sku("paint", 40), -7), (Sku("misc", 1), 1)]:
    try:
        inv.move(sku, delta)
    except ValueError as e:
        print("refused:", e)
    except KeyError as e:
        print("unknown sku:", e)
try:
    inv.add(Product(Sku("tools", 3), "Duplicate", 1.0))
except KeyError as e:
    print("refused:", e.args[0])

print(f"{'SKU':<10}{'Product':<18}{'Price':>8}{'Stock':>7}{'Value':>10}  Supplier")
print("-" * 66)
for category, products in inv.by_category().items():
    print(f"[{category}]")
    for p in products:
        flag = " *" if p.needs_reorder() else ""
        supplier = p.supplier.name if p.supplier else "-"
        print(f"{str(p.sku):<10}{p.name:<18}{p.unit_price:>8.2f}{p.stock:>7}{p.value:>10.2f}  {supplier}{flag}")
units, value = inv.totals()
print("-" * 66)
print(f"{'total':<36}{units:>7}{value:>10.2f}")

reorder = [p for p in inv.products.values() if p.needs_reorder()]
print("\nReorder list:")
for p in sorted(reorder, key=lambda p: (p.supplier.lead_days if p.supplier else 0, p.sku)):
    lead = p.supplier.lead_days if p.supplier else "n/a"
    print(f"  {p.sku} {p.name!r} stock={p.stock} level={p.reorder_level} lead={lead}")

print("\nMovements:")
for m in inv.history:
    print(f"  {m}")
sales = [m for m in inv.history if m.reason == "sale"]
print("units sold:", -sum(m.delta for m in sales))

snapshot = asdict(inv.products[Sku("garden", 1)])
print(snapshot)
discounted = replace(inv.products[Sku("tools", 12)], unit_price=9.99)
print(discounted.name, discounted.unit_price, inv.products[Sku("tools", 12)].unit_price)
print(discounted == inv.products[Sku("tools", 12)], Sku("a", 1) < Sku("a", 2) < Sku("b", 0))
countries = sorted({p.supplier.country for p in catalogue if p.supplier})
print("suppliers from:", ", ".join(countries))
