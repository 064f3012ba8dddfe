# cpython: 3:5: no binding for nonlocal 'x' found
def f():
    nonlocal x
