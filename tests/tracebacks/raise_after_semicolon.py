def f():
    x = 1; raise KeyError(x)


f()
