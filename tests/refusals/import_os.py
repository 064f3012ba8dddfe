# expect: 2:8: not supported yet: importing module 'os' (only `sys`, `math`, `dataclasses`, `typing`, `__future__` and the program's own modules are available so far)
import os
print(os.getcwd())
