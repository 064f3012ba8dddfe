# expect: 2:1: not supported yet: `from module import *`
from sys import *
print(argv)
