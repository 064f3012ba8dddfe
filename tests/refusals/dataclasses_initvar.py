# expect: 2:1: not supported yet: `dataclasses.InitVar`
from dataclasses import dataclass, InitVar
print(dataclass)
