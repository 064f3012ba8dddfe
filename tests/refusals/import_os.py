# expect: 2:8: not supported yet: importing module 'os' (only `sys` is available so far)
import os
print(os.getcwd())
