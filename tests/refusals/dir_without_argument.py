# expect: 4:13: not supported yet: `dir()` without an argument (the names of the current scope)
def f(a):
    b = a + 1
    names = dir()
    return names, b


print(f(1))
