class A:
    pass


a = A()
v = (a.nope)(1)
