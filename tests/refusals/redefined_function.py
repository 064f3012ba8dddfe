# expect: 4:1: not supported yet: defining the function 'f' more than once or rebinding its name
def f():
    return 1
def f():
    return 2
print(f())
