"""An inventory module: module state, functions, a class, an exception."""
from .pricing import price_with_tax, TAX_RATE

print("loading", __name__)

_items = {}
loads = 0


class OutOfStock(Exception):
    def __init__(self, name, wanted, have):
        super().__init__(f"{name}: wanted {wanted}, have {have}")
        self.name = name


class Item:
    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return price_with_tax(self.price * self.qty)

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"


def add(name, price, qty=1):
    global loads
    loads += 1
    _items[name] = Item(name, price, qty)
    return _items[name]


def take(name, qty):
    item = _items[name]
    if item.qty < qty:
        raise OutOfStock(name, qty, item.qty)
    item.qty -= qty
    return item


def report():
    lines = [f"{i.name:<8}{i.qty:>4}{i.total():>10.2f}" for i in sorted(_items.values(), key=lambda i: i.name)]
    return "\n".join(lines) + f"\n(tax {TAX_RATE:.0%})"
