# cpython: 2:10: duplicate argument 'x' in function definition
def f(x, x):
    pass
