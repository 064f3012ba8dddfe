# cpython: 2:16: duplicate argument 'args' in function definition
def f(*args, **args):
    pass
