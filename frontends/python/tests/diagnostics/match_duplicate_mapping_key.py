# cpython: 3:10: mapping pattern checks duplicate key ('a')
match x:
    case {'a': 1, 'a': 2}:
        pass
