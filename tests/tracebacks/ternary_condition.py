x = 0
v = (1 // x) if x == 0 else 2
