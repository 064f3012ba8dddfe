n = 5
n.real = 1
