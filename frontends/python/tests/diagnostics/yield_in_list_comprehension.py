# cpython: 3:14: 'yield' inside list comprehension
def f():
    return [(yield x) for x in y]
