# cpython: 3:12: can't use starred expression here
def f():
    return *a
