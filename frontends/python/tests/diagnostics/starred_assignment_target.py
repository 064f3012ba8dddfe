# cpython: 2:1: starred assignment target must be in a list or tuple
*a = x
