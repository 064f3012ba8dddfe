# cpython: 3:9: 'yield' outside function
class C:
    x = yield
