# expect: 2:13: not supported yet: generator expressions
total = sum(i for i in range(4))
