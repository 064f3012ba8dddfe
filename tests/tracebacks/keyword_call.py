def f(a):
    return 1 // a


f(a=0)
