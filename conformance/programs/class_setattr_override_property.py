class A:
    @property
    def x(self):
        return 1
    @x.setter
    def x(self, v):
        print("setter", v)
    def __setattr__(self, n, v):
        print("override", n, v)
        object.__setattr__(self, n, v)
    def __delattr__(self, n):
        print("del override", n)
        super().__delattr__(n)
a = A()
a.x = 5
a.y = 6
print(a.y)
del a.y
try:
    del a.x
except AttributeError as e:
    print("AttributeError:", e)
