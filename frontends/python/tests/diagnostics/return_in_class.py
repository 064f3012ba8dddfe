# cpython: 3:5: 'return' outside function
class C:
    return 1
