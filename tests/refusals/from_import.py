# expect: 2:1: not supported yet: importing module 'collections' (only `sys`, `math`, `dataclasses`, `typing`, `__future__` and the program's own modules are available so far)
from collections import deque
print(deque())
