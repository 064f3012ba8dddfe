# cpython: 3:10: wildcard makes remaining patterns unreachable
match x:
    case _:
        pass
    case 1:
        pass
