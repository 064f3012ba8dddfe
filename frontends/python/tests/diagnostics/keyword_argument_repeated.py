# cpython: 2:8: keyword argument repeated: x
f(x=1, x=2)
