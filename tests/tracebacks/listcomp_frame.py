xs = [2, 1, 0]
print([10 // x for x in xs])
