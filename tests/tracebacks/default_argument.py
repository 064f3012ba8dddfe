def f(x=1 // 0):
    pass
