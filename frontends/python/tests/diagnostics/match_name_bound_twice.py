# cpython: 3:14: multiple assignments to name 'a' in pattern
match x:
    case [a, a]:
        pass
