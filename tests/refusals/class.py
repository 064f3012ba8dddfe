# expect: 2:1: not supported yet: class definitions
class Point:
    pass
