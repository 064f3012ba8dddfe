# `from __future__ import annotations`: annotations are kept as text, never evaluated
from __future__ import annotations
from dataclasses import dataclass, fields
from typing import ClassVar, Dict, List, Tuple

x: Undefined[int] = 1
y: "quoted"


@dataclass
class Node:
    value: int
    children: list[Node] = None
    count: ClassVar[int] = 0


print(__annotations__, x)
print(Node.__annotations__)
print([(f.name, f.type) for f in fields(Node)])
print(Node(1))
z: Dict[str,int] | None = None
w: Tuple[()] = ()
v: 'it''s' = 0
u: List[-1] = 0
print(__annotations__["z"], __annotations__["w"], __annotations__["v"], __annotations__["u"])
