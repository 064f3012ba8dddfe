"""A typing-heavy program: Protocols, Generic containers, NamedTuples, TypedDicts,
dataclasses with keyword-only fields, overloads, casts, Final, ClassVar and Literal."""
from __future__ import annotations

from dataclasses import KW_ONLY, dataclass, field
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List,
                    Literal, NamedTuple, Optional, Protocol, Set, Tuple, TypedDict, TypeVar,
                    Union, cast, overload, runtime_checkable)

T = TypeVar("T")
K = TypeVar("K")
Number = Union[int, float]
MAX_ITEMS: Final = 100
Status = Literal["ok", "low", "out"]


@runtime_checkable
class Priced(Protocol):
    def price(self) -> float: ...


class Named(Protocol):
    name: str


class Money(NamedTuple):
    cents: int
    currency: str = "EUR"

    def __str__(self) -> str:
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"

    def __add__(self, other: Money) -> Money:  # type: ignore[override]
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.cents + other.cents, self.currency)


class StockRow(TypedDict, total=False):
    sku: str
    qty: int
    status: Status


@dataclass(order=True)
class Item:
    sku: str
    unit: Money = field(compare=False)
    _: KW_ONLY
    qty: int = 0
    tags: Set[str] = field(default_factory=set, compare=False, repr=False)
    kind: ClassVar[str] = "item"

    def price(self) -> float:
        return self.unit.cents * self.qty / 100

    def status(self) -> Status:
        if self.qty == 0:
            return "out"
        return "low" if self.qty < 5 else "ok"


@dataclass(kw_only=True)
class Service:
    name: str
    hourly: Money
    hours: float = 1.0

    def price(self) -> float:
        return self.hourly.cents * self.hours / 100


class Registry(Generic[K, T]):
    """A keyed store with insertion order."""

    def __init__(self) -> None:
        self._items: Dict[K, T] = {}

    def add(self, key: K, value: T) -> None:
        if len(self._items) >= MAX_ITEMS:
            raise OverflowError("registry full")
        self._items[key] = value

    def get(self, key: K, default: Optional[T] = None) -> Optional[T]:
        return self._items.get(key, default)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def where(self, pred: Callable[[T], bool]) -> List[T]:
        return [v for v in self._items.values() if pred(v)]


class Stack(Generic[T]):
    def __init__(self, items: Iterable[T] = ()) -> None:
        self.items: List[T] = list(items)

    def push(self, x: T) -> Stack[T]:
        self.items.append(x)
        return self

    def pop(self) -> T:
        return self.items.pop()


@overload
def total(xs: List[int]) -> int: ...
@overload
def total(xs: List[float]) -> float: ...
def total(xs: Any) -> Number:
    return sum(xs)


def cost_of(things: Iterable[Priced]) -> float:
    return round(sum(t.price() for t in things), 2)


def report(inv: Registry[str, Item]) -> List[StockRow]:
    rows: List[StockRow] = []
    for it in inv:
        row: StockRow = {"sku": it.sku, "qty": it.qty}
        row["status"] = it.status()
        rows.append(row)
    return rows


def pairs(xs: List[T]) -> Iterator[Tuple[T, T]]:
    for i in range(len(xs) - 1):
        yield xs[i], xs[i + 1]


inv: Registry[str, Item] = Registry()
for sku, cents, qty, tags in [("bolt", 25, 40, {"metal"}), ("nut", 10, 3, {"metal", "small"}),
                              ("glue", 499, 0, set()), ("tape", 250, 12, {"roll"})]:
    inv.add(sku, Item(sku, Money(cents), qty=qty, tags=tags))
services = [Service(name="repair", hourly=Money(4500), hours=1.5), Service(name="advice", hourly=Money(3000))]

print(len(inv), inv.get("nut"), inv.get("screw"), Item.kind)
print(report(inv))
print(cost_of(inv), cost_of(services), cost_of(list(inv) + cast(List[Item], services)))
print(isinstance(inv.get("bolt"), Priced), isinstance(services[0], Priced), isinstance(Money(1), Priced))
print(sorted(inv.where(lambda it: it.status() != "ok")), [s.name for s in services])
print(sum((it.unit for it in inv), Money(0)), str(Money(1234)), Money(5, "USD"))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("error:", e)
print(total([1, 2, 3]), total([0.5, 0.25]), list(pairs(["a", "b", "c"])))
s: Stack[int] = Stack([1, 2])
print(s.push(3).push(4).pop(), s.items, Stack[int], Registry[str, int], Registry.__doc__)
tag_counts: Dict[str, int] = {}
for it in inv:
    for t in sorted(it.tags):
        tag_counts[t] = tag_counts.get(t, 0) + 1
print(sorted(tag_counts.items()), Item.__match_args__, Service.__doc__)
print(Optional[int], List[Money], Callable[[int], str], Union[int, str], Tuple[int, ...], Literal["ok", "low"])
print(StockRow.__total__, sorted(StockRow.__optional_keys__), Money._fields, Money.__annotations__)
match inv.get("tape"):
    case Item(sku, Money(cents, cur)):
        print("tape costs", cents, cur)
