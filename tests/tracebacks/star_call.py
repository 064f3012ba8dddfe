def f(*args):
    return args[5]


t = (1, 2)
f(*t)
