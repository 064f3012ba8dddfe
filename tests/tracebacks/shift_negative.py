def shift(n, k):
    return n << k


shift(1, -1)
