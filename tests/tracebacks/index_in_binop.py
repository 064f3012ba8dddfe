xs = [1]
print(xs[0] + xs[1])
