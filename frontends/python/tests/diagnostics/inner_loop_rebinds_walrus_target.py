# cpython: 2:3: assignment expression cannot rebind comprehension iteration variable 'j'
[(j := i) for i in range(2) for j in range(3)]
