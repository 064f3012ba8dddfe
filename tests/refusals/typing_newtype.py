# expect: 2:1: not supported yet: `typing.NewType`
from typing import NamedTuple, NewType

UserId = NewType("UserId", int)
print(NamedTuple, UserId(5))
