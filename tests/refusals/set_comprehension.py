# expect: 2:6: not supported yet: set comprehensions
ys = {i for i in range(3)}
