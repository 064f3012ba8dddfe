# typing names: aliases and their reprs, TypeVar, Generic, Protocol, cast; annotations never change behaviour
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generic, Iterable, Iterator,
                    List, Literal, Mapping, Optional, Protocol, Sequence, Set, Tuple, Type, TypeVar,
                    Union, cast, overload, final, TYPE_CHECKING)

T = TypeVar("T")
K = TypeVar("K")
T_co = TypeVar("T_co", covariant=True)
print(T, K, T_co, T.__name__)
print(List[int], Dict[str, int], Set[float], FrozenSet[str], Tuple[int, ...], Tuple[int, str])
print(Optional[int], Union[int, str], Union[int, None], Optional[Union[int, str]], Union[int])
print(Callable[[int], str], Callable[..., None], Callable[[], int], Callable[[int, float], List[int]])
print(Literal["a", 1], ClassVar[int], Final[str], Type[int], Any, List, typing.Dict)
print(Iterable[int], Iterator[str], Sequence[T], Mapping[K, T])
print(List[int] == List[int], List[int] == List[str], Optional[int] == Union[None, int])
print(TYPE_CHECKING, cast(int, "not an int"), cast("List[int]", 3))
print(List["Node"])
if TYPE_CHECKING:
    print("never")

count: int = 0
names: List[str] = []
ratio: "float" = 0.5
print(__annotations__)


class Stack(Generic[T]):
    items: List[T]

    def __init__(self) -> None:
        self.items = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack.__annotations__, Stack[int])
print([c.__name__ for c in Stack.__mro__])


class Greeter(Protocol):
    def greet(self, name: str) -> str:
        ...


class English:
    def greet(self, name: str) -> str:
        return "hello " + name


def welcome(g: Greeter, who: Optional[str] = None) -> str:
    return g.greet(who or "world")


print(welcome(English()), welcome(English(), "ann"))


class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v

    def __repr__(self) -> str:
        return f"Pair({self.k!r}, {self.v!r})"


print(Pair("a", 1), Pair[str, int]("b", 2))


def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]


wrong: int = "annotations are not checked"
print(apply(lambda x: x * 2, [1, 2, 3]), wrong)


@final
class Leaf:
    LIMIT: Final = 3
    shared: ClassVar[Dict[str, int]] = {}


print(Leaf.LIMIT, Leaf.shared, Leaf.__annotations__)


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2


print(f(2), f("ab"))
try:
    List()
except TypeError as e:
    print("TypeError:", e)
try:
    Optional[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    List[int]([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    from typing import Nonexistent
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
from typing import AnyStr, Deque, Never, Text, runtime_checkable
print(AnyStr, Text, Deque[int], Never, typing.DefaultDict[str, List[int]], typing.AbstractSet[str])


@runtime_checkable
class Sized2(Protocol):
    def size(self) -> int: ...


print(Sized2.__name__, [c.__name__ for c in Sized2.__mro__])
