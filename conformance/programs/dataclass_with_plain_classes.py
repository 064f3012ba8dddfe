# Dataclasses and plain classes together: typed annotations, methods calling each other,
# dataclasses holding plain-class instances, sorting and equality.
from dataclasses import dataclass, field
from typing import List, Optional


class Money:
    def __init__(self, cents: int):
        self.cents = cents

    def add(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents)

    def __repr__(self) -> str:
        return f"${self.cents // 100}.{self.cents % 100:02d}"


@dataclass(order=True)
class Item:
    name: str
    price_cents: int
    tags: List[str] = field(default_factory=list)

    def price(self) -> Money:
        return Money(self.price_cents)


@dataclass
class Cart:
    owner: str
    items: List[Item] = field(default_factory=list)
    coupon: Optional[str] = None

    def total(self) -> Money:
        t = Money(0)
        for it in self.items:
            t = t.add(it.price())
        return t


cart = Cart("ann")
cart.items.append(Item("pen", 150, ["office"]))
cart.items.append(Item("book", 1299))
cart.items.append(Item("apple", 99, ["food", "fresh"]))
print(cart.total(), sorted(cart.items)[0].name, max(cart.items).name)
print(cart)
print(Item("a", 1) == Item("a", 1), Item("a", 1) < Item("a", 2), cart.coupon)
other = Cart("bob", [Item("x", 5)], "SAVE")
print(other.total(), other.coupon, len(other.items))
