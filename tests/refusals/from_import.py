# expect: 2:1: not supported yet: from-imports
from sys import argv
print(argv)
