# expect: 5:10: not supported yet: `sys.getsizeof`
import sys

x = 1.0
print(x, sys.getsizeof(x))
