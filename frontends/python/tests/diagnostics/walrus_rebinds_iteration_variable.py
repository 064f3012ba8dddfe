# cpython: 2:2: assignment expression cannot rebind comprehension iteration variable 'i'
[i := 0 for i in range(3)]
