class A:
    pass


a = A()
a.run(
    1,
    2,
)
