def permutations(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i in range(len(xs)):
        for p in permutations(xs[:i] + xs[i+1:]):
            out.append([xs[i]] + p)
    return out


print(len(permutations((1, 2, 3))))
