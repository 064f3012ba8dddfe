# cpython: 2:1: cannot assign to __debug__
f(__debug__=1)
