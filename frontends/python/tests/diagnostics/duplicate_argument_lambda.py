# cpython: 2:18: duplicate argument 'a' in function definition
f = lambda a, *, a: 1
