xs = [1, 0]
ys = [x for x in xs if 1 // x]
