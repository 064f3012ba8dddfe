# expect: 2:6: not supported yet: list comprehensions
xs = [i * i for i in range(4)]
