# expect: 4:1: not supported yet: decorators
def deco(f):
    return f
@deco
def g():
    return 1
