# cpython: 3:7: assignment expression within a comprehension cannot be used in a class body
class C:
    [(z := 1) for x in range(3)]
