# cpython: 3:17: alternative patterns bind different names
match x:
    case [a] | [b]:
        pass
