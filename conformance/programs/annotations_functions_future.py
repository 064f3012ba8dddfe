# `from __future__ import annotations`: function annotations are their unparsed text, never
# evaluated (so undefined names are fine)
from __future__ import annotations

from typing import Dict, Optional

evaluated = []


def note(x):
    evaluated.append(x)
    return x


def f(a: int, /, b: Optional[Dict[str,int]] = None, *args: "Node", k: note(1) = 2,
      **kw: int | None) -> list[Undefined]:
    return [a, b, args, k, kw]


print(f.__annotations__)
print(f(1, None, 3, k=4, z=5), evaluated)


class Node:
    def link(self, other: Node, __weight: float = 1.0) -> Node | None:
        return other

    def spaced(self, x: Dict[ str , int ], y: Tuple[()], z: 'it''s', w: List[-1]) -> None:
        pass


print(Node.link.__annotations__)
print(Node.spaced.__annotations__)
print((lambda x: x).__annotations__)


def nested():
    def inner(v: NotDefinedAnywhere) -> NotDefinedEither:
        return v

    return inner


print(nested()(3), nested().__annotations__)
