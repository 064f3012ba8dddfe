# cpython: 3:20: import * only allowed at module level
def f():
    from os import *
