# cpython: 2:14: assignment expression cannot be used in a comprehension iterable expression
[x for x in (y := range(3))]
