# cpython: 3:19: attribute name repeated in class pattern: x
match x:
    case C(x=1, x=2):
        pass
