# field(): defaults, default_factory, repr/compare/init flags; fields, asdict, astuple, replace
from dataclasses import dataclass, field, fields, asdict, astuple, replace, MISSING
from typing import ClassVar, Dict, List

counter = 0


def next_id():
    global counter
    counter += 1
    return counter


@dataclass
class Item:
    name: str
    qty: int = 1
    tags: List[str] = field(default_factory=list)
    meta: Dict[str, int] = field(default_factory=dict, repr=False)
    ident: int = field(default_factory=next_id, compare=False)
    secret: str = field(default="hidden", repr=False)
    kind: ClassVar[str] = "item"


a = Item("apple")
b = Item("pear", 3, ["fruit"])
a.tags.append("red")
print(a, b)
print(a.tags is not Item("x").tags, Item.kind, a.kind)
print(a == Item("apple", 1, ["red"]), a.meta, a.secret)
for f in fields(Item):
    print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.repr, f.compare, f.init)
print(asdict(b))
print(astuple(b))
c = replace(b, qty=10)
print(c, c.ident == b.ident, b.qty)
print(Item.qty, hasattr(Item, "tags"))


@dataclass
class Inventory:
    owner: str
    items: List[Item] = field(default_factory=list)
    index: Dict[str, Item] = field(default_factory=dict)


inv = Inventory("ann", [Item("a", 2), Item("b")])
inv.index["a"] = inv.items[0]
print(asdict(inv))
print(astuple(inv)[0], len(astuple(inv)[1]))


@dataclass
class Derived:
    base: int = 0
    computed: int = field(init=False, default=0)
    log: list = field(init=False, default_factory=list)

    def __post_init__(self):
        self.computed = self.base * 2
        self.log.append("init")


d = Derived(21)
print(d, d.computed, d.log)
try:
    replace(d, computed=1)
except ValueError as e:
    print("ValueError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
for bad in (asdict, astuple):
    try:
        bad(3)
    except TypeError as e:
        print("TypeError:", e)
try:
    fields(1)
except TypeError as e:
    print("TypeError:", e)
try:

    @dataclass
    class NoAnn:
        x = field(default=1)
except TypeError as e:
    print("TypeError:", e)
try:

    @dataclass
    class DictDefault:
        d: dict = {}
except ValueError as e:
    print("ValueError:", e)
