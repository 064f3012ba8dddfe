keys = [[1]]
d = {k: 1 for k in keys}
