# cpython: 3:5: no binding for nonlocal 'x' found
class C:
    nonlocal x
