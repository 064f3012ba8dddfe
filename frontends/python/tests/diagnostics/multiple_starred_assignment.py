# cpython: 2:1: multiple starred expressions in assignment
a, *b, *c = x
