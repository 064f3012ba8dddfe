# expect: 2:1: not supported yet: `typing.NamedTuple`
from typing import List, NamedTuple
print(List)
