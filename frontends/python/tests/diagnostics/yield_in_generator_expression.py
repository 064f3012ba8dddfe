# cpython: 3:14: 'yield' inside generator expression
def f():
    return ((yield x) for x in y)
