# expect: 3:1: not supported yet: with statements
import sys
with open('x') as f:
    pass
