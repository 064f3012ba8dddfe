# expect: 4:2: not supported yet: `dataclasses.dataclass(kw_only=...)`
from dataclasses import dataclass

@dataclass(kw_only=True)
class A:
    x: int
