# expect: 2:1: not supported yet: *args, **kwargs and keyword-only parameters
def f(*args):
    return len(args)
print(f(1, 2))
