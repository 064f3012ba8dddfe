# cpython: 4:5: annotated name 'x' can't be global
def f():
    global x
    x: int = 3
