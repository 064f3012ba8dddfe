class A:
    x = 5


a = A()
v = (a.
     x.nope)
