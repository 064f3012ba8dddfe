# cpython: 3:10: name capture 'a' makes remaining patterns unreachable
match x:
    case a:
        pass
    case b:
        pass
