# cpython: 3:10: multiple starred names in sequence pattern
match x:
    case [*a, *b]:
        pass
