# expect: 2:5: not supported yet: lambda expressions
f = lambda x: x + 1
print(f(2))
